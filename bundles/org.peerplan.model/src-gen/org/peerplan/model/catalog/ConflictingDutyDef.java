/**
 */
package org.peerplan.model.catalog;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conflicting Duty Def</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A duty that conflicts with the peer role and must not be part of one.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.catalog.ConflictingDutyDef#getCategories <em>Categories</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.ConflictingDutyDef#getKeywords <em>Keywords</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.ConflictingDutyDef#getConsistentAlternative <em>Consistent Alternative</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.catalog.CatalogPackage#getConflictingDutyDef()
 * @model
 * @generated
 */
public interface ConflictingDutyDef extends CatalogItem {
	/**
	 * Returns the value of the '<em><b>Categories</b></em>' attribute list.
	 * The list contents are of type {@link org.peerplan.model.catalog.RoleMisfitCategory}.
	 * The literals are from the enumeration {@link org.peerplan.model.catalog.RoleMisfitCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Categories</em>' attribute list.
	 * @see org.peerplan.model.catalog.RoleMisfitCategory
	 * @see org.peerplan.model.catalog.CatalogPackage#getConflictingDutyDef_Categories()
	 * @model
	 * @generated
	 */
	EList<RoleMisfitCategory> getCategories();

	/**
	 * Returns the value of the '<em><b>Keywords</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower-case phrases that identify the duty in a role's duty list.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Keywords</em>' attribute list.
	 * @see org.peerplan.model.catalog.CatalogPackage#getConflictingDutyDef_Keywords()
	 * @model
	 * @generated
	 */
	EList<String> getKeywords();

	/**
	 * Returns the value of the '<em><b>Consistent Alternative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the source says is consistent with the peer role on the same topic.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Consistent Alternative</em>' attribute.
	 * @see #setConsistentAlternative(String)
	 * @see org.peerplan.model.catalog.CatalogPackage#getConflictingDutyDef_ConsistentAlternative()
	 * @model
	 * @generated
	 */
	String getConsistentAlternative();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.ConflictingDutyDef#getConsistentAlternative <em>Consistent Alternative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consistent Alternative</em>' attribute.
	 * @see #getConsistentAlternative()
	 * @generated
	 */
	void setConsistentAlternative(String value);

} // ConflictingDutyDef
