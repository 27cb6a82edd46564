/**
 */
package org.peerplan.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Planning Item Def</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.catalog.PlanningItemDef#getDomain <em>Domain</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.catalog.CatalogPackage#getPlanningItemDef()
 * @model
 * @generated
 */
public interface PlanningItemDef extends CatalogItem {
	/**
	 * Returns the value of the '<em><b>Domain</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.catalog.PlanningDomain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domain</em>' attribute.
	 * @see org.peerplan.model.catalog.PlanningDomain
	 * @see #setDomain(PlanningDomain)
	 * @see org.peerplan.model.catalog.CatalogPackage#getPlanningItemDef_Domain()
	 * @model
	 * @generated
	 */
	PlanningDomain getDomain();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.PlanningItemDef#getDomain <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' attribute.
	 * @see org.peerplan.model.catalog.PlanningDomain
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(PlanningDomain value);

} // PlanningItemDef
