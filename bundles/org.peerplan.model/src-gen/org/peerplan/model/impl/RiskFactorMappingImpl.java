/**
 */
package org.peerplan.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.peerplan.model.Action;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.Policy;
import org.peerplan.model.RiskFactorMapping;

import org.peerplan.model.catalog.RiskFactorDef;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Risk Factor Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.RiskFactorMappingImpl#getFactor <em>Factor</em>}</li>
 *   <li>{@link org.peerplan.model.impl.RiskFactorMappingImpl#getCurrentPractice <em>Current Practice</em>}</li>
 *   <li>{@link org.peerplan.model.impl.RiskFactorMappingImpl#getGap <em>Gap</em>}</li>
 *   <li>{@link org.peerplan.model.impl.RiskFactorMappingImpl#getPolicies <em>Policies</em>}</li>
 *   <li>{@link org.peerplan.model.impl.RiskFactorMappingImpl#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RiskFactorMappingImpl extends MinimalEObjectImpl.Container implements RiskFactorMapping {
	/**
	 * The cached value of the '{@link #getFactor() <em>Factor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFactor()
	 * @generated
	 * @ordered
	 */
	protected RiskFactorDef factor;

	/**
	 * The default value of the '{@link #getCurrentPractice() <em>Current Practice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentPractice()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENT_PRACTICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCurrentPractice() <em>Current Practice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentPractice()
	 * @generated
	 * @ordered
	 */
	protected String currentPractice = CURRENT_PRACTICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGap() <em>Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGap()
	 * @generated
	 * @ordered
	 */
	protected static final String GAP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGap() <em>Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGap()
	 * @generated
	 * @ordered
	 */
	protected String gap = GAP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPolicies() <em>Policies</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicies()
	 * @generated
	 * @ordered
	 */
	protected EList<Policy> policies;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<Action> actions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RiskFactorMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.RISK_FACTOR_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RiskFactorDef getFactor() {
		if (factor != null && factor.eIsProxy()) {
			InternalEObject oldFactor = (InternalEObject)factor;
			factor = (RiskFactorDef)eResolveProxy(oldFactor);
			if (factor != oldFactor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PeerPlanPackage.RISK_FACTOR_MAPPING__FACTOR, oldFactor, factor));
			}
		}
		return factor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RiskFactorDef basicGetFactor() {
		return factor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFactor(RiskFactorDef newFactor) {
		RiskFactorDef oldFactor = factor;
		factor = newFactor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.RISK_FACTOR_MAPPING__FACTOR, oldFactor, factor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrentPractice() {
		return currentPractice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrentPractice(String newCurrentPractice) {
		String oldCurrentPractice = currentPractice;
		currentPractice = newCurrentPractice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.RISK_FACTOR_MAPPING__CURRENT_PRACTICE, oldCurrentPractice, currentPractice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGap() {
		return gap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGap(String newGap) {
		String oldGap = gap;
		gap = newGap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.RISK_FACTOR_MAPPING__GAP, oldGap, gap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Policy> getPolicies() {
		if (policies == null) {
			policies = new EObjectResolvingEList<Policy>(Policy.class, this, PeerPlanPackage.RISK_FACTOR_MAPPING__POLICIES);
		}
		return policies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Action> getActions() {
		if (actions == null) {
			actions = new EObjectResolvingEList<Action>(Action.class, this, PeerPlanPackage.RISK_FACTOR_MAPPING__ACTIONS);
		}
		return actions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PeerPlanPackage.RISK_FACTOR_MAPPING__FACTOR:
				if (resolve) return getFactor();
				return basicGetFactor();
			case PeerPlanPackage.RISK_FACTOR_MAPPING__CURRENT_PRACTICE:
				return getCurrentPractice();
			case PeerPlanPackage.RISK_FACTOR_MAPPING__GAP:
				return getGap();
			case PeerPlanPackage.RISK_FACTOR_MAPPING__POLICIES:
				return getPolicies();
			case PeerPlanPackage.RISK_FACTOR_MAPPING__ACTIONS:
				return getActions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PeerPlanPackage.RISK_FACTOR_MAPPING__FACTOR:
				setFactor((RiskFactorDef)newValue);
				return;
			case PeerPlanPackage.RISK_FACTOR_MAPPING__CURRENT_PRACTICE:
				setCurrentPractice((String)newValue);
				return;
			case PeerPlanPackage.RISK_FACTOR_MAPPING__GAP:
				setGap((String)newValue);
				return;
			case PeerPlanPackage.RISK_FACTOR_MAPPING__POLICIES:
				getPolicies().clear();
				getPolicies().addAll((Collection<? extends Policy>)newValue);
				return;
			case PeerPlanPackage.RISK_FACTOR_MAPPING__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends Action>)newValue);
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
			case PeerPlanPackage.RISK_FACTOR_MAPPING__FACTOR:
				setFactor((RiskFactorDef)null);
				return;
			case PeerPlanPackage.RISK_FACTOR_MAPPING__CURRENT_PRACTICE:
				setCurrentPractice(CURRENT_PRACTICE_EDEFAULT);
				return;
			case PeerPlanPackage.RISK_FACTOR_MAPPING__GAP:
				setGap(GAP_EDEFAULT);
				return;
			case PeerPlanPackage.RISK_FACTOR_MAPPING__POLICIES:
				getPolicies().clear();
				return;
			case PeerPlanPackage.RISK_FACTOR_MAPPING__ACTIONS:
				getActions().clear();
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
			case PeerPlanPackage.RISK_FACTOR_MAPPING__FACTOR:
				return factor != null;
			case PeerPlanPackage.RISK_FACTOR_MAPPING__CURRENT_PRACTICE:
				return CURRENT_PRACTICE_EDEFAULT == null ? currentPractice != null : !CURRENT_PRACTICE_EDEFAULT.equals(currentPractice);
			case PeerPlanPackage.RISK_FACTOR_MAPPING__GAP:
				return GAP_EDEFAULT == null ? gap != null : !GAP_EDEFAULT.equals(gap);
			case PeerPlanPackage.RISK_FACTOR_MAPPING__POLICIES:
				return policies != null && !policies.isEmpty();
			case PeerPlanPackage.RISK_FACTOR_MAPPING__ACTIONS:
				return actions != null && !actions.isEmpty();
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
		result.append(" (currentPractice: ");
		result.append(currentPractice);
		result.append(", gap: ");
		result.append(gap);
		result.append(')');
		return result.toString();
	}

} //RiskFactorMappingImpl
