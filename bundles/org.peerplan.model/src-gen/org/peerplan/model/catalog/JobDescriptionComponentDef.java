/**
 */
package org.peerplan.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Job Description Component Def</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.catalog.JobDescriptionComponentDef#getComponent <em>Component</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.catalog.CatalogPackage#getJobDescriptionComponentDef()
 * @model
 * @generated
 */
public interface JobDescriptionComponentDef extends CatalogItem {
	/**
	 * Returns the value of the '<em><b>Component</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.catalog.JobDescriptionComponent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Component</em>' attribute.
	 * @see org.peerplan.model.catalog.JobDescriptionComponent
	 * @see #setComponent(JobDescriptionComponent)
	 * @see org.peerplan.model.catalog.CatalogPackage#getJobDescriptionComponentDef_Component()
	 * @model
	 * @generated
	 */
	JobDescriptionComponent getComponent();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.JobDescriptionComponentDef#getComponent <em>Component</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Component</em>' attribute.
	 * @see org.peerplan.model.catalog.JobDescriptionComponent
	 * @see #getComponent()
	 * @generated
	 */
	void setComponent(JobDescriptionComponent value);

} // JobDescriptionComponentDef
