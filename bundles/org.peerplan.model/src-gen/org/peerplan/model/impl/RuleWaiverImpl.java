/**
 */
package org.peerplan.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.RuleWaiver;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rule Waiver</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.RuleWaiverImpl#getRuleId <em>Rule Id</em>}</li>
 *   <li>{@link org.peerplan.model.impl.RuleWaiverImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.peerplan.model.impl.RuleWaiverImpl#getWaivedBy <em>Waived By</em>}</li>
 *   <li>{@link org.peerplan.model.impl.RuleWaiverImpl#getWaivedOn <em>Waived On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RuleWaiverImpl extends MinimalEObjectImpl.Container implements RuleWaiver {
	/**
	 * The default value of the '{@link #getRuleId() <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleId()
	 * @generated
	 * @ordered
	 */
	protected static final String RULE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRuleId() <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleId()
	 * @generated
	 * @ordered
	 */
	protected String ruleId = RULE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getWaivedBy() <em>Waived By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWaivedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String WAIVED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWaivedBy() <em>Waived By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWaivedBy()
	 * @generated
	 * @ordered
	 */
	protected String waivedBy = WAIVED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getWaivedOn() <em>Waived On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWaivedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate WAIVED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWaivedOn() <em>Waived On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWaivedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate waivedOn = WAIVED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RuleWaiverImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.RULE_WAIVER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRuleId() {
		return ruleId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRuleId(String newRuleId) {
		String oldRuleId = ruleId;
		ruleId = newRuleId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.RULE_WAIVER__RULE_ID, oldRuleId, ruleId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.RULE_WAIVER__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWaivedBy() {
		return waivedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWaivedBy(String newWaivedBy) {
		String oldWaivedBy = waivedBy;
		waivedBy = newWaivedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.RULE_WAIVER__WAIVED_BY, oldWaivedBy, waivedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getWaivedOn() {
		return waivedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWaivedOn(LocalDate newWaivedOn) {
		LocalDate oldWaivedOn = waivedOn;
		waivedOn = newWaivedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.RULE_WAIVER__WAIVED_ON, oldWaivedOn, waivedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PeerPlanPackage.RULE_WAIVER__RULE_ID:
				return getRuleId();
			case PeerPlanPackage.RULE_WAIVER__REASON:
				return getReason();
			case PeerPlanPackage.RULE_WAIVER__WAIVED_BY:
				return getWaivedBy();
			case PeerPlanPackage.RULE_WAIVER__WAIVED_ON:
				return getWaivedOn();
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
			case PeerPlanPackage.RULE_WAIVER__RULE_ID:
				setRuleId((String)newValue);
				return;
			case PeerPlanPackage.RULE_WAIVER__REASON:
				setReason((String)newValue);
				return;
			case PeerPlanPackage.RULE_WAIVER__WAIVED_BY:
				setWaivedBy((String)newValue);
				return;
			case PeerPlanPackage.RULE_WAIVER__WAIVED_ON:
				setWaivedOn((LocalDate)newValue);
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
			case PeerPlanPackage.RULE_WAIVER__RULE_ID:
				setRuleId(RULE_ID_EDEFAULT);
				return;
			case PeerPlanPackage.RULE_WAIVER__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case PeerPlanPackage.RULE_WAIVER__WAIVED_BY:
				setWaivedBy(WAIVED_BY_EDEFAULT);
				return;
			case PeerPlanPackage.RULE_WAIVER__WAIVED_ON:
				setWaivedOn(WAIVED_ON_EDEFAULT);
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
			case PeerPlanPackage.RULE_WAIVER__RULE_ID:
				return RULE_ID_EDEFAULT == null ? ruleId != null : !RULE_ID_EDEFAULT.equals(ruleId);
			case PeerPlanPackage.RULE_WAIVER__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case PeerPlanPackage.RULE_WAIVER__WAIVED_BY:
				return WAIVED_BY_EDEFAULT == null ? waivedBy != null : !WAIVED_BY_EDEFAULT.equals(waivedBy);
			case PeerPlanPackage.RULE_WAIVER__WAIVED_ON:
				return WAIVED_ON_EDEFAULT == null ? waivedOn != null : !WAIVED_ON_EDEFAULT.equals(waivedOn);
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
		result.append(" (ruleId: ");
		result.append(ruleId);
		result.append(", reason: ");
		result.append(reason);
		result.append(", waivedBy: ");
		result.append(waivedBy);
		result.append(", waivedOn: ");
		result.append(waivedOn);
		result.append(')');
		return result.toString();
	}

} //RuleWaiverImpl
