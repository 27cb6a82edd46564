/**
 */
package org.peerplan.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Speed Up Option Def</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.catalog.SpeedUpOptionDef#getOption <em>Option</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.catalog.CatalogPackage#getSpeedUpOptionDef()
 * @model
 * @generated
 */
public interface SpeedUpOptionDef extends CatalogItem {
	/**
	 * Returns the value of the '<em><b>Option</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.catalog.SpeedUpOption}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Option</em>' attribute.
	 * @see org.peerplan.model.catalog.SpeedUpOption
	 * @see #setOption(SpeedUpOption)
	 * @see org.peerplan.model.catalog.CatalogPackage#getSpeedUpOptionDef_Option()
	 * @model
	 * @generated
	 */
	SpeedUpOption getOption();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.SpeedUpOptionDef#getOption <em>Option</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Option</em>' attribute.
	 * @see org.peerplan.model.catalog.SpeedUpOption
	 * @see #getOption()
	 * @generated
	 */
	void setOption(SpeedUpOption value);

} // SpeedUpOptionDef
