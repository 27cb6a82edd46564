/**
 */
package org.peerplan.model.catalog.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.peerplan.model.catalog.CatalogPackage;
import org.peerplan.model.catalog.PolicyCheckItemDef;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Policy Check Item Def</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.catalog.impl.PolicyCheckItemDefImpl#getArea <em>Area</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.PolicyCheckItemDefImpl#isHrReadiness <em>Hr Readiness</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.PolicyCheckItemDefImpl#isRecoveryOrientation <em>Recovery Orientation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PolicyCheckItemDefImpl extends CatalogItemImpl implements PolicyCheckItemDef {
	/**
	 * The default value of the '{@link #getArea() <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArea()
	 * @generated
	 * @ordered
	 */
	protected static final String AREA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArea() <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArea()
	 * @generated
	 * @ordered
	 */
	protected String area = AREA_EDEFAULT;

	/**
	 * The default value of the '{@link #isHrReadiness() <em>Hr Readiness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHrReadiness()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HR_READINESS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHrReadiness() <em>Hr Readiness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHrReadiness()
	 * @generated
	 * @ordered
	 */
	protected boolean hrReadiness = HR_READINESS_EDEFAULT;

	/**
	 * The default value of the '{@link #isRecoveryOrientation() <em>Recovery Orientation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRecoveryOrientation()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RECOVERY_ORIENTATION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRecoveryOrientation() <em>Recovery Orientation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRecoveryOrientation()
	 * @generated
	 * @ordered
	 */
	protected boolean recoveryOrientation = RECOVERY_ORIENTATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PolicyCheckItemDefImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.POLICY_CHECK_ITEM_DEF;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArea() {
		return area;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArea(String newArea) {
		String oldArea = area;
		area = newArea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.POLICY_CHECK_ITEM_DEF__AREA, oldArea, area));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHrReadiness() {
		return hrReadiness;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHrReadiness(boolean newHrReadiness) {
		boolean oldHrReadiness = hrReadiness;
		hrReadiness = newHrReadiness;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.POLICY_CHECK_ITEM_DEF__HR_READINESS, oldHrReadiness, hrReadiness));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRecoveryOrientation() {
		return recoveryOrientation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecoveryOrientation(boolean newRecoveryOrientation) {
		boolean oldRecoveryOrientation = recoveryOrientation;
		recoveryOrientation = newRecoveryOrientation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.POLICY_CHECK_ITEM_DEF__RECOVERY_ORIENTATION, oldRecoveryOrientation, recoveryOrientation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CatalogPackage.POLICY_CHECK_ITEM_DEF__AREA:
				return getArea();
			case CatalogPackage.POLICY_CHECK_ITEM_DEF__HR_READINESS:
				return isHrReadiness();
			case CatalogPackage.POLICY_CHECK_ITEM_DEF__RECOVERY_ORIENTATION:
				return isRecoveryOrientation();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CatalogPackage.POLICY_CHECK_ITEM_DEF__AREA:
				setArea((String)newValue);
				return;
			case CatalogPackage.POLICY_CHECK_ITEM_DEF__HR_READINESS:
				setHrReadiness((Boolean)newValue);
				return;
			case CatalogPackage.POLICY_CHECK_ITEM_DEF__RECOVERY_ORIENTATION:
				setRecoveryOrientation((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CatalogPackage.POLICY_CHECK_ITEM_DEF__AREA:
				setArea(AREA_EDEFAULT);
				return;
			case CatalogPackage.POLICY_CHECK_ITEM_DEF__HR_READINESS:
				setHrReadiness(HR_READINESS_EDEFAULT);
				return;
			case CatalogPackage.POLICY_CHECK_ITEM_DEF__RECOVERY_ORIENTATION:
				setRecoveryOrientation(RECOVERY_ORIENTATION_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CatalogPackage.POLICY_CHECK_ITEM_DEF__AREA:
				return AREA_EDEFAULT == null ? area != null : !AREA_EDEFAULT.equals(area);
			case CatalogPackage.POLICY_CHECK_ITEM_DEF__HR_READINESS:
				return hrReadiness != HR_READINESS_EDEFAULT;
			case CatalogPackage.POLICY_CHECK_ITEM_DEF__RECOVERY_ORIENTATION:
				return recoveryOrientation != RECOVERY_ORIENTATION_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (area: ");
		result.append(area);
		result.append(", hrReadiness: ");
		result.append(hrReadiness);
		result.append(", recoveryOrientation: ");
		result.append(recoveryOrientation);
		result.append(')');
		return result.toString();
	}

} //PolicyCheckItemDefImpl
