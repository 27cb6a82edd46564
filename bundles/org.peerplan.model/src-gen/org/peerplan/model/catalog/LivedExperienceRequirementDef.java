/**
 */
package org.peerplan.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lived Experience Requirement Def</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.catalog.LivedExperienceRequirementDef#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.LivedExperienceRequirementDef#getMinAge <em>Min Age</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.LivedExperienceRequirementDef#getMaxAge <em>Max Age</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.catalog.CatalogPackage#getLivedExperienceRequirementDef()
 * @model
 * @generated
 */
public interface LivedExperienceRequirementDef extends CatalogItem {
	/**
	 * Returns the value of the '<em><b>Population</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.catalog.PopulationServed}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Population</em>' attribute.
	 * @see org.peerplan.model.catalog.PopulationServed
	 * @see #setPopulation(PopulationServed)
	 * @see org.peerplan.model.catalog.CatalogPackage#getLivedExperienceRequirementDef_Population()
	 * @model
	 * @generated
	 */
	PopulationServed getPopulation();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.LivedExperienceRequirementDef#getPopulation <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population</em>' attribute.
	 * @see org.peerplan.model.catalog.PopulationServed
	 * @see #getPopulation()
	 * @generated
	 */
	void setPopulation(PopulationServed value);

	/**
	 * Returns the value of the '<em><b>Min Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Age</em>' attribute.
	 * @see #setMinAge(int)
	 * @see org.peerplan.model.catalog.CatalogPackage#getLivedExperienceRequirementDef_MinAge()
	 * @model
	 * @generated
	 */
	int getMinAge();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.LivedExperienceRequirementDef#getMinAge <em>Min Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Age</em>' attribute.
	 * @see #getMinAge()
	 * @generated
	 */
	void setMinAge(int value);

	/**
	 * Returns the value of the '<em><b>Max Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Age</em>' attribute.
	 * @see #setMaxAge(int)
	 * @see org.peerplan.model.catalog.CatalogPackage#getLivedExperienceRequirementDef_MaxAge()
	 * @model
	 * @generated
	 */
	int getMaxAge();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.LivedExperienceRequirementDef#getMaxAge <em>Max Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Age</em>' attribute.
	 * @see #getMaxAge()
	 * @generated
	 */
	void setMaxAge(int value);

} // LivedExperienceRequirementDef
