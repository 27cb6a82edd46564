/**
 */
package org.peerplan.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Readiness Band Def</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A band of the timeline quiz: a range of True answers and the minimum preparation horizon it calls for.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.catalog.ReadinessBandDef#getBand <em>Band</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.ReadinessBandDef#getMinTrue <em>Min True</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.ReadinessBandDef#getMaxTrue <em>Max True</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.ReadinessBandDef#getMinimumMonths <em>Minimum Months</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.ReadinessBandDef#isMinimumStated <em>Minimum Stated</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.ReadinessBandDef#getRecommendation <em>Recommendation</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.catalog.CatalogPackage#getReadinessBandDef()
 * @model
 * @generated
 */
public interface ReadinessBandDef extends CatalogItem {
	/**
	 * Returns the value of the '<em><b>Band</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.catalog.ReadinessBand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Band</em>' attribute.
	 * @see org.peerplan.model.catalog.ReadinessBand
	 * @see #setBand(ReadinessBand)
	 * @see org.peerplan.model.catalog.CatalogPackage#getReadinessBandDef_Band()
	 * @model
	 * @generated
	 */
	ReadinessBand getBand();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.ReadinessBandDef#getBand <em>Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Band</em>' attribute.
	 * @see org.peerplan.model.catalog.ReadinessBand
	 * @see #getBand()
	 * @generated
	 */
	void setBand(ReadinessBand value);

	/**
	 * Returns the value of the '<em><b>Min True</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min True</em>' attribute.
	 * @see #setMinTrue(int)
	 * @see org.peerplan.model.catalog.CatalogPackage#getReadinessBandDef_MinTrue()
	 * @model
	 * @generated
	 */
	int getMinTrue();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.ReadinessBandDef#getMinTrue <em>Min True</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min True</em>' attribute.
	 * @see #getMinTrue()
	 * @generated
	 */
	void setMinTrue(int value);

	/**
	 * Returns the value of the '<em><b>Max True</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max True</em>' attribute.
	 * @see #setMaxTrue(int)
	 * @see org.peerplan.model.catalog.CatalogPackage#getReadinessBandDef_MaxTrue()
	 * @model
	 * @generated
	 */
	int getMaxTrue();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.ReadinessBandDef#getMaxTrue <em>Max True</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max True</em>' attribute.
	 * @see #getMaxTrue()
	 * @generated
	 */
	void setMaxTrue(int value);

	/**
	 * Returns the value of the '<em><b>Minimum Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minimum Months</em>' attribute.
	 * @see #setMinimumMonths(int)
	 * @see org.peerplan.model.catalog.CatalogPackage#getReadinessBandDef_MinimumMonths()
	 * @model
	 * @generated
	 */
	int getMinimumMonths();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.ReadinessBandDef#getMinimumMonths <em>Minimum Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Months</em>' attribute.
	 * @see #getMinimumMonths()
	 * @generated
	 */
	void setMinimumMonths(int value);

	/**
	 * Returns the value of the '<em><b>Minimum Stated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * False when the source gives no minimum and the months are this catalog's inference.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minimum Stated</em>' attribute.
	 * @see #setMinimumStated(boolean)
	 * @see org.peerplan.model.catalog.CatalogPackage#getReadinessBandDef_MinimumStated()
	 * @model
	 * @generated
	 */
	boolean isMinimumStated();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.ReadinessBandDef#isMinimumStated <em>Minimum Stated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Stated</em>' attribute.
	 * @see #isMinimumStated()
	 * @generated
	 */
	void setMinimumStated(boolean value);

	/**
	 * Returns the value of the '<em><b>Recommendation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recommendation</em>' attribute.
	 * @see #setRecommendation(String)
	 * @see org.peerplan.model.catalog.CatalogPackage#getReadinessBandDef_Recommendation()
	 * @model
	 * @generated
	 */
	String getRecommendation();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.ReadinessBandDef#getRecommendation <em>Recommendation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recommendation</em>' attribute.
	 * @see #getRecommendation()
	 * @generated
	 */
	void setRecommendation(String value);

} // ReadinessBandDef
