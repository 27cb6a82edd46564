/**
 */
package org.peerplan.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Motivation Question Def</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.catalog.MotivationQuestionDef#getGroup <em>Group</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.catalog.CatalogPackage#getMotivationQuestionDef()
 * @model
 * @generated
 */
public interface MotivationQuestionDef extends CatalogItem {
	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.catalog.MotivationGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see org.peerplan.model.catalog.MotivationGroup
	 * @see #setGroup(MotivationGroup)
	 * @see org.peerplan.model.catalog.CatalogPackage#getMotivationQuestionDef_Group()
	 * @model
	 * @generated
	 */
	MotivationGroup getGroup();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.MotivationQuestionDef#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see org.peerplan.model.catalog.MotivationGroup
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(MotivationGroup value);

} // MotivationQuestionDef
