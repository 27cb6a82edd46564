/**
 */
package org.peerplan.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.Person;
import org.peerplan.model.PlanningItemStatus;
import org.peerplan.model.Policy;
import org.peerplan.model.PolicyFinding;
import org.peerplan.model.PolicyReview;
import org.peerplan.model.RiskFactorMapping;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Policy Review</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.PolicyReviewImpl#getReviewedOn <em>Reviewed On</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PolicyReviewImpl#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PolicyReviewImpl#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PolicyReviewImpl#getPolicies <em>Policies</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PolicyReviewImpl#getPlanningItems <em>Planning Items</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PolicyReviewImpl#getRiskFactors <em>Risk Factors</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PolicyReviewImpl extends MinimalEObjectImpl.Container implements PolicyReview {
	/**
	 * The default value of the '{@link #getReviewedOn() <em>Reviewed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REVIEWED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewedOn() <em>Reviewed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate reviewedOn = REVIEWED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReviewer() <em>Reviewer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected Person reviewer;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<PolicyFinding> findings;

	/**
	 * The cached value of the '{@link #getPolicies() <em>Policies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicies()
	 * @generated
	 * @ordered
	 */
	protected EList<Policy> policies;

	/**
	 * The cached value of the '{@link #getPlanningItems() <em>Planning Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanningItems()
	 * @generated
	 * @ordered
	 */
	protected EList<PlanningItemStatus> planningItems;

	/**
	 * The cached value of the '{@link #getRiskFactors() <em>Risk Factors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRiskFactors()
	 * @generated
	 * @ordered
	 */
	protected EList<RiskFactorMapping> riskFactors;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PolicyReviewImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.POLICY_REVIEW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReviewedOn() {
		return reviewedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewedOn(LocalDate newReviewedOn) {
		LocalDate oldReviewedOn = reviewedOn;
		reviewedOn = newReviewedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.POLICY_REVIEW__REVIEWED_ON, oldReviewedOn, reviewedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getReviewer() {
		if (reviewer != null && reviewer.eIsProxy()) {
			InternalEObject oldReviewer = (InternalEObject)reviewer;
			reviewer = (Person)eResolveProxy(oldReviewer);
			if (reviewer != oldReviewer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PeerPlanPackage.POLICY_REVIEW__REVIEWER, oldReviewer, reviewer));
			}
		}
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetReviewer() {
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewer(Person newReviewer) {
		Person oldReviewer = reviewer;
		reviewer = newReviewer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.POLICY_REVIEW__REVIEWER, oldReviewer, reviewer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PolicyFinding> getFindings() {
		if (findings == null) {
			findings = new EObjectContainmentEList<PolicyFinding>(PolicyFinding.class, this, PeerPlanPackage.POLICY_REVIEW__FINDINGS);
		}
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Policy> getPolicies() {
		if (policies == null) {
			policies = new EObjectContainmentEList<Policy>(Policy.class, this, PeerPlanPackage.POLICY_REVIEW__POLICIES);
		}
		return policies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlanningItemStatus> getPlanningItems() {
		if (planningItems == null) {
			planningItems = new EObjectContainmentEList<PlanningItemStatus>(PlanningItemStatus.class, this, PeerPlanPackage.POLICY_REVIEW__PLANNING_ITEMS);
		}
		return planningItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RiskFactorMapping> getRiskFactors() {
		if (riskFactors == null) {
			riskFactors = new EObjectContainmentEList<RiskFactorMapping>(RiskFactorMapping.class, this, PeerPlanPackage.POLICY_REVIEW__RISK_FACTORS);
		}
		return riskFactors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PeerPlanPackage.POLICY_REVIEW__FINDINGS:
				return ((InternalEList<?>)getFindings()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.POLICY_REVIEW__POLICIES:
				return ((InternalEList<?>)getPolicies()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.POLICY_REVIEW__PLANNING_ITEMS:
				return ((InternalEList<?>)getPlanningItems()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.POLICY_REVIEW__RISK_FACTORS:
				return ((InternalEList<?>)getRiskFactors()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PeerPlanPackage.POLICY_REVIEW__REVIEWED_ON:
				return getReviewedOn();
			case PeerPlanPackage.POLICY_REVIEW__REVIEWER:
				if (resolve) return getReviewer();
				return basicGetReviewer();
			case PeerPlanPackage.POLICY_REVIEW__FINDINGS:
				return getFindings();
			case PeerPlanPackage.POLICY_REVIEW__POLICIES:
				return getPolicies();
			case PeerPlanPackage.POLICY_REVIEW__PLANNING_ITEMS:
				return getPlanningItems();
			case PeerPlanPackage.POLICY_REVIEW__RISK_FACTORS:
				return getRiskFactors();
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
			case PeerPlanPackage.POLICY_REVIEW__REVIEWED_ON:
				setReviewedOn((LocalDate)newValue);
				return;
			case PeerPlanPackage.POLICY_REVIEW__REVIEWER:
				setReviewer((Person)newValue);
				return;
			case PeerPlanPackage.POLICY_REVIEW__FINDINGS:
				getFindings().clear();
				getFindings().addAll((Collection<? extends PolicyFinding>)newValue);
				return;
			case PeerPlanPackage.POLICY_REVIEW__POLICIES:
				getPolicies().clear();
				getPolicies().addAll((Collection<? extends Policy>)newValue);
				return;
			case PeerPlanPackage.POLICY_REVIEW__PLANNING_ITEMS:
				getPlanningItems().clear();
				getPlanningItems().addAll((Collection<? extends PlanningItemStatus>)newValue);
				return;
			case PeerPlanPackage.POLICY_REVIEW__RISK_FACTORS:
				getRiskFactors().clear();
				getRiskFactors().addAll((Collection<? extends RiskFactorMapping>)newValue);
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
			case PeerPlanPackage.POLICY_REVIEW__REVIEWED_ON:
				setReviewedOn(REVIEWED_ON_EDEFAULT);
				return;
			case PeerPlanPackage.POLICY_REVIEW__REVIEWER:
				setReviewer((Person)null);
				return;
			case PeerPlanPackage.POLICY_REVIEW__FINDINGS:
				getFindings().clear();
				return;
			case PeerPlanPackage.POLICY_REVIEW__POLICIES:
				getPolicies().clear();
				return;
			case PeerPlanPackage.POLICY_REVIEW__PLANNING_ITEMS:
				getPlanningItems().clear();
				return;
			case PeerPlanPackage.POLICY_REVIEW__RISK_FACTORS:
				getRiskFactors().clear();
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
			case PeerPlanPackage.POLICY_REVIEW__REVIEWED_ON:
				return REVIEWED_ON_EDEFAULT == null ? reviewedOn != null : !REVIEWED_ON_EDEFAULT.equals(reviewedOn);
			case PeerPlanPackage.POLICY_REVIEW__REVIEWER:
				return reviewer != null;
			case PeerPlanPackage.POLICY_REVIEW__FINDINGS:
				return findings != null && !findings.isEmpty();
			case PeerPlanPackage.POLICY_REVIEW__POLICIES:
				return policies != null && !policies.isEmpty();
			case PeerPlanPackage.POLICY_REVIEW__PLANNING_ITEMS:
				return planningItems != null && !planningItems.isEmpty();
			case PeerPlanPackage.POLICY_REVIEW__RISK_FACTORS:
				return riskFactors != null && !riskFactors.isEmpty();
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
		result.append(" (reviewedOn: ");
		result.append(reviewedOn);
		result.append(')');
		return result.toString();
	}

} //PolicyReviewImpl
