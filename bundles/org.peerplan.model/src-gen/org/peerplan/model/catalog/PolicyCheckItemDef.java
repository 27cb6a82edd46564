/**
 */
package org.peerplan.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Policy Check Item Def</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A question of the Stage 2 policy-review checklist.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.catalog.PolicyCheckItemDef#getArea <em>Area</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.PolicyCheckItemDef#isHrReadiness <em>Hr Readiness</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.PolicyCheckItemDef#isRecoveryOrientation <em>Recovery Orientation</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.catalog.CatalogPackage#getPolicyCheckItemDef()
 * @model
 * @generated
 */
public interface PolicyCheckItemDef extends CatalogItem {
	/**
	 * Returns the value of the '<em><b>Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Area</em>' attribute.
	 * @see #setArea(String)
	 * @see org.peerplan.model.catalog.CatalogPackage#getPolicyCheckItemDef_Area()
	 * @model
	 * @generated
	 */
	String getArea();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.PolicyCheckItemDef#getArea <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' attribute.
	 * @see #getArea()
	 * @generated
	 */
	void setArea(String value);

	/**
	 * Returns the value of the '<em><b>Hr Readiness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for the HR readiness questions (understanding, interviewing, benefits, ADA).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hr Readiness</em>' attribute.
	 * @see #setHrReadiness(boolean)
	 * @see org.peerplan.model.catalog.CatalogPackage#getPolicyCheckItemDef_HrReadiness()
	 * @model
	 * @generated
	 */
	boolean isHrReadiness();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.PolicyCheckItemDef#isHrReadiness <em>Hr Readiness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hr Readiness</em>' attribute.
	 * @see #isHrReadiness()
	 * @generated
	 */
	void setHrReadiness(boolean value);

	/**
	 * Returns the value of the '<em><b>Recovery Orientation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for the vision, mission and values questions that must be settled before peers start.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recovery Orientation</em>' attribute.
	 * @see #setRecoveryOrientation(boolean)
	 * @see org.peerplan.model.catalog.CatalogPackage#getPolicyCheckItemDef_RecoveryOrientation()
	 * @model
	 * @generated
	 */
	boolean isRecoveryOrientation();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.PolicyCheckItemDef#isRecoveryOrientation <em>Recovery Orientation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recovery Orientation</em>' attribute.
	 * @see #isRecoveryOrientation()
	 * @generated
	 */
	void setRecoveryOrientation(boolean value);

} // PolicyCheckItemDef
