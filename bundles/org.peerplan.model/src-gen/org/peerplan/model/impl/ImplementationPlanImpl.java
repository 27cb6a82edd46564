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

import org.peerplan.model.Action;
import org.peerplan.model.Agency;
import org.peerplan.model.Baseline;
import org.peerplan.model.Budget;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.OutcomeMeasure;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.PeerRole;
import org.peerplan.model.PerformanceManagement;
import org.peerplan.model.PolicyDecision;
import org.peerplan.model.PolicyReview;
import org.peerplan.model.ReadinessAssessment;
import org.peerplan.model.Risk;
import org.peerplan.model.RootCauseAnalysis;
import org.peerplan.model.RuleWaiver;
import org.peerplan.model.SupervisionPlan;
import org.peerplan.model.Timeline;
import org.peerplan.model.TrainingPlan;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Implementation Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.ImplementationPlanImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.peerplan.model.impl.ImplementationPlanImpl#getConsultant <em>Consultant</em>}</li>
 *   <li>{@link org.peerplan.model.impl.ImplementationPlanImpl#getPreparedOn <em>Prepared On</em>}</li>
 *   <li>{@link org.peerplan.model.impl.ImplementationPlanImpl#getAgency <em>Agency</em>}</li>
 *   <li>{@link org.peerplan.model.impl.ImplementationPlanImpl#getReadiness <em>Readiness</em>}</li>
 *   <li>{@link org.peerplan.model.impl.ImplementationPlanImpl#getTimeline <em>Timeline</em>}</li>
 *   <li>{@link org.peerplan.model.impl.ImplementationPlanImpl#getPolicyReview <em>Policy Review</em>}</li>
 *   <li>{@link org.peerplan.model.impl.ImplementationPlanImpl#getRootCauseAnalyses <em>Root Cause Analyses</em>}</li>
 *   <li>{@link org.peerplan.model.impl.ImplementationPlanImpl#getActions <em>Actions</em>}</li>
 *   <li>{@link org.peerplan.model.impl.ImplementationPlanImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.peerplan.model.impl.ImplementationPlanImpl#getSupervision <em>Supervision</em>}</li>
 *   <li>{@link org.peerplan.model.impl.ImplementationPlanImpl#getTrainingPlan <em>Training Plan</em>}</li>
 *   <li>{@link org.peerplan.model.impl.ImplementationPlanImpl#getBudget <em>Budget</em>}</li>
 *   <li>{@link org.peerplan.model.impl.ImplementationPlanImpl#getRisks <em>Risks</em>}</li>
 *   <li>{@link org.peerplan.model.impl.ImplementationPlanImpl#getDecisions <em>Decisions</em>}</li>
 *   <li>{@link org.peerplan.model.impl.ImplementationPlanImpl#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.peerplan.model.impl.ImplementationPlanImpl#getPerformance <em>Performance</em>}</li>
 *   <li>{@link org.peerplan.model.impl.ImplementationPlanImpl#getRuleWaivers <em>Rule Waivers</em>}</li>
 *   <li>{@link org.peerplan.model.impl.ImplementationPlanImpl#getBaselines <em>Baselines</em>}</li>
 *   <li>{@link org.peerplan.model.impl.ImplementationPlanImpl#getCurrentBaseline <em>Current Baseline</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImplementationPlanImpl extends MinimalEObjectImpl.Container implements ImplementationPlan {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getConsultant() <em>Consultant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsultant()
	 * @generated
	 * @ordered
	 */
	protected static final String CONSULTANT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConsultant() <em>Consultant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsultant()
	 * @generated
	 * @ordered
	 */
	protected String consultant = CONSULTANT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreparedOn() <em>Prepared On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreparedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PREPARED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreparedOn() <em>Prepared On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreparedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate preparedOn = PREPARED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAgency() <em>Agency</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgency()
	 * @generated
	 * @ordered
	 */
	protected Agency agency;

	/**
	 * The cached value of the '{@link #getReadiness() <em>Readiness</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadiness()
	 * @generated
	 * @ordered
	 */
	protected ReadinessAssessment readiness;

	/**
	 * The cached value of the '{@link #getTimeline() <em>Timeline</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeline()
	 * @generated
	 * @ordered
	 */
	protected Timeline timeline;

	/**
	 * The cached value of the '{@link #getPolicyReview() <em>Policy Review</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicyReview()
	 * @generated
	 * @ordered
	 */
	protected PolicyReview policyReview;

	/**
	 * The cached value of the '{@link #getRootCauseAnalyses() <em>Root Cause Analyses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootCauseAnalyses()
	 * @generated
	 * @ordered
	 */
	protected EList<RootCauseAnalysis> rootCauseAnalyses;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<Action> actions;

	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<PeerRole> roles;

	/**
	 * The cached value of the '{@link #getSupervision() <em>Supervision</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervision()
	 * @generated
	 * @ordered
	 */
	protected SupervisionPlan supervision;

	/**
	 * The cached value of the '{@link #getTrainingPlan() <em>Training Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainingPlan()
	 * @generated
	 * @ordered
	 */
	protected TrainingPlan trainingPlan;

	/**
	 * The cached value of the '{@link #getBudget() <em>Budget</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected Budget budget;

	/**
	 * The cached value of the '{@link #getRisks() <em>Risks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRisks()
	 * @generated
	 * @ordered
	 */
	protected EList<Risk> risks;

	/**
	 * The cached value of the '{@link #getDecisions() <em>Decisions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisions()
	 * @generated
	 * @ordered
	 */
	protected EList<PolicyDecision> decisions;

	/**
	 * The cached value of the '{@link #getOutcomes() <em>Outcomes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomes()
	 * @generated
	 * @ordered
	 */
	protected EList<OutcomeMeasure> outcomes;

	/**
	 * The cached value of the '{@link #getPerformance() <em>Performance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerformance()
	 * @generated
	 * @ordered
	 */
	protected PerformanceManagement performance;

	/**
	 * The cached value of the '{@link #getRuleWaivers() <em>Rule Waivers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleWaivers()
	 * @generated
	 * @ordered
	 */
	protected EList<RuleWaiver> ruleWaivers;

	/**
	 * The cached value of the '{@link #getBaselines() <em>Baselines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselines()
	 * @generated
	 * @ordered
	 */
	protected EList<Baseline> baselines;

	/**
	 * The cached value of the '{@link #getCurrentBaseline() <em>Current Baseline</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentBaseline()
	 * @generated
	 * @ordered
	 */
	protected Baseline currentBaseline;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImplementationPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.IMPLEMENTATION_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.IMPLEMENTATION_PLAN__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConsultant() {
		return consultant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsultant(String newConsultant) {
		String oldConsultant = consultant;
		consultant = newConsultant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.IMPLEMENTATION_PLAN__CONSULTANT, oldConsultant, consultant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPreparedOn() {
		return preparedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreparedOn(LocalDate newPreparedOn) {
		LocalDate oldPreparedOn = preparedOn;
		preparedOn = newPreparedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.IMPLEMENTATION_PLAN__PREPARED_ON, oldPreparedOn, preparedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Agency getAgency() {
		return agency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAgency(Agency newAgency, NotificationChain msgs) {
		Agency oldAgency = agency;
		agency = newAgency;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PeerPlanPackage.IMPLEMENTATION_PLAN__AGENCY, oldAgency, newAgency);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgency(Agency newAgency) {
		if (newAgency != agency) {
			NotificationChain msgs = null;
			if (agency != null)
				msgs = ((InternalEObject)agency).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PeerPlanPackage.IMPLEMENTATION_PLAN__AGENCY, null, msgs);
			if (newAgency != null)
				msgs = ((InternalEObject)newAgency).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PeerPlanPackage.IMPLEMENTATION_PLAN__AGENCY, null, msgs);
			msgs = basicSetAgency(newAgency, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.IMPLEMENTATION_PLAN__AGENCY, newAgency, newAgency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReadinessAssessment getReadiness() {
		return readiness;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReadiness(ReadinessAssessment newReadiness, NotificationChain msgs) {
		ReadinessAssessment oldReadiness = readiness;
		readiness = newReadiness;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PeerPlanPackage.IMPLEMENTATION_PLAN__READINESS, oldReadiness, newReadiness);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadiness(ReadinessAssessment newReadiness) {
		if (newReadiness != readiness) {
			NotificationChain msgs = null;
			if (readiness != null)
				msgs = ((InternalEObject)readiness).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PeerPlanPackage.IMPLEMENTATION_PLAN__READINESS, null, msgs);
			if (newReadiness != null)
				msgs = ((InternalEObject)newReadiness).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PeerPlanPackage.IMPLEMENTATION_PLAN__READINESS, null, msgs);
			msgs = basicSetReadiness(newReadiness, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.IMPLEMENTATION_PLAN__READINESS, newReadiness, newReadiness));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Timeline getTimeline() {
		return timeline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTimeline(Timeline newTimeline, NotificationChain msgs) {
		Timeline oldTimeline = timeline;
		timeline = newTimeline;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PeerPlanPackage.IMPLEMENTATION_PLAN__TIMELINE, oldTimeline, newTimeline);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeline(Timeline newTimeline) {
		if (newTimeline != timeline) {
			NotificationChain msgs = null;
			if (timeline != null)
				msgs = ((InternalEObject)timeline).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PeerPlanPackage.IMPLEMENTATION_PLAN__TIMELINE, null, msgs);
			if (newTimeline != null)
				msgs = ((InternalEObject)newTimeline).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PeerPlanPackage.IMPLEMENTATION_PLAN__TIMELINE, null, msgs);
			msgs = basicSetTimeline(newTimeline, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.IMPLEMENTATION_PLAN__TIMELINE, newTimeline, newTimeline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyReview getPolicyReview() {
		return policyReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPolicyReview(PolicyReview newPolicyReview, NotificationChain msgs) {
		PolicyReview oldPolicyReview = policyReview;
		policyReview = newPolicyReview;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PeerPlanPackage.IMPLEMENTATION_PLAN__POLICY_REVIEW, oldPolicyReview, newPolicyReview);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolicyReview(PolicyReview newPolicyReview) {
		if (newPolicyReview != policyReview) {
			NotificationChain msgs = null;
			if (policyReview != null)
				msgs = ((InternalEObject)policyReview).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PeerPlanPackage.IMPLEMENTATION_PLAN__POLICY_REVIEW, null, msgs);
			if (newPolicyReview != null)
				msgs = ((InternalEObject)newPolicyReview).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PeerPlanPackage.IMPLEMENTATION_PLAN__POLICY_REVIEW, null, msgs);
			msgs = basicSetPolicyReview(newPolicyReview, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.IMPLEMENTATION_PLAN__POLICY_REVIEW, newPolicyReview, newPolicyReview));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RootCauseAnalysis> getRootCauseAnalyses() {
		if (rootCauseAnalyses == null) {
			rootCauseAnalyses = new EObjectContainmentEList<RootCauseAnalysis>(RootCauseAnalysis.class, this, PeerPlanPackage.IMPLEMENTATION_PLAN__ROOT_CAUSE_ANALYSES);
		}
		return rootCauseAnalyses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Action> getActions() {
		if (actions == null) {
			actions = new EObjectContainmentEList<Action>(Action.class, this, PeerPlanPackage.IMPLEMENTATION_PLAN__ACTIONS);
		}
		return actions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PeerRole> getRoles() {
		if (roles == null) {
			roles = new EObjectContainmentEList<PeerRole>(PeerRole.class, this, PeerPlanPackage.IMPLEMENTATION_PLAN__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupervisionPlan getSupervision() {
		return supervision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSupervision(SupervisionPlan newSupervision, NotificationChain msgs) {
		SupervisionPlan oldSupervision = supervision;
		supervision = newSupervision;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PeerPlanPackage.IMPLEMENTATION_PLAN__SUPERVISION, oldSupervision, newSupervision);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupervision(SupervisionPlan newSupervision) {
		if (newSupervision != supervision) {
			NotificationChain msgs = null;
			if (supervision != null)
				msgs = ((InternalEObject)supervision).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PeerPlanPackage.IMPLEMENTATION_PLAN__SUPERVISION, null, msgs);
			if (newSupervision != null)
				msgs = ((InternalEObject)newSupervision).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PeerPlanPackage.IMPLEMENTATION_PLAN__SUPERVISION, null, msgs);
			msgs = basicSetSupervision(newSupervision, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.IMPLEMENTATION_PLAN__SUPERVISION, newSupervision, newSupervision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingPlan getTrainingPlan() {
		return trainingPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTrainingPlan(TrainingPlan newTrainingPlan, NotificationChain msgs) {
		TrainingPlan oldTrainingPlan = trainingPlan;
		trainingPlan = newTrainingPlan;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PeerPlanPackage.IMPLEMENTATION_PLAN__TRAINING_PLAN, oldTrainingPlan, newTrainingPlan);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainingPlan(TrainingPlan newTrainingPlan) {
		if (newTrainingPlan != trainingPlan) {
			NotificationChain msgs = null;
			if (trainingPlan != null)
				msgs = ((InternalEObject)trainingPlan).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PeerPlanPackage.IMPLEMENTATION_PLAN__TRAINING_PLAN, null, msgs);
			if (newTrainingPlan != null)
				msgs = ((InternalEObject)newTrainingPlan).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PeerPlanPackage.IMPLEMENTATION_PLAN__TRAINING_PLAN, null, msgs);
			msgs = basicSetTrainingPlan(newTrainingPlan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.IMPLEMENTATION_PLAN__TRAINING_PLAN, newTrainingPlan, newTrainingPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Budget getBudget() {
		return budget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBudget(Budget newBudget, NotificationChain msgs) {
		Budget oldBudget = budget;
		budget = newBudget;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PeerPlanPackage.IMPLEMENTATION_PLAN__BUDGET, oldBudget, newBudget);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudget(Budget newBudget) {
		if (newBudget != budget) {
			NotificationChain msgs = null;
			if (budget != null)
				msgs = ((InternalEObject)budget).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PeerPlanPackage.IMPLEMENTATION_PLAN__BUDGET, null, msgs);
			if (newBudget != null)
				msgs = ((InternalEObject)newBudget).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PeerPlanPackage.IMPLEMENTATION_PLAN__BUDGET, null, msgs);
			msgs = basicSetBudget(newBudget, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.IMPLEMENTATION_PLAN__BUDGET, newBudget, newBudget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Risk> getRisks() {
		if (risks == null) {
			risks = new EObjectContainmentEList<Risk>(Risk.class, this, PeerPlanPackage.IMPLEMENTATION_PLAN__RISKS);
		}
		return risks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PolicyDecision> getDecisions() {
		if (decisions == null) {
			decisions = new EObjectContainmentEList<PolicyDecision>(PolicyDecision.class, this, PeerPlanPackage.IMPLEMENTATION_PLAN__DECISIONS);
		}
		return decisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OutcomeMeasure> getOutcomes() {
		if (outcomes == null) {
			outcomes = new EObjectContainmentEList<OutcomeMeasure>(OutcomeMeasure.class, this, PeerPlanPackage.IMPLEMENTATION_PLAN__OUTCOMES);
		}
		return outcomes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PerformanceManagement getPerformance() {
		return performance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPerformance(PerformanceManagement newPerformance, NotificationChain msgs) {
		PerformanceManagement oldPerformance = performance;
		performance = newPerformance;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PeerPlanPackage.IMPLEMENTATION_PLAN__PERFORMANCE, oldPerformance, newPerformance);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerformance(PerformanceManagement newPerformance) {
		if (newPerformance != performance) {
			NotificationChain msgs = null;
			if (performance != null)
				msgs = ((InternalEObject)performance).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PeerPlanPackage.IMPLEMENTATION_PLAN__PERFORMANCE, null, msgs);
			if (newPerformance != null)
				msgs = ((InternalEObject)newPerformance).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PeerPlanPackage.IMPLEMENTATION_PLAN__PERFORMANCE, null, msgs);
			msgs = basicSetPerformance(newPerformance, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.IMPLEMENTATION_PLAN__PERFORMANCE, newPerformance, newPerformance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RuleWaiver> getRuleWaivers() {
		if (ruleWaivers == null) {
			ruleWaivers = new EObjectContainmentEList<RuleWaiver>(RuleWaiver.class, this, PeerPlanPackage.IMPLEMENTATION_PLAN__RULE_WAIVERS);
		}
		return ruleWaivers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Baseline> getBaselines() {
		if (baselines == null) {
			baselines = new EObjectContainmentEList<Baseline>(Baseline.class, this, PeerPlanPackage.IMPLEMENTATION_PLAN__BASELINES);
		}
		return baselines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Baseline getCurrentBaseline() {
		if (currentBaseline != null && currentBaseline.eIsProxy()) {
			InternalEObject oldCurrentBaseline = (InternalEObject)currentBaseline;
			currentBaseline = (Baseline)eResolveProxy(oldCurrentBaseline);
			if (currentBaseline != oldCurrentBaseline) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PeerPlanPackage.IMPLEMENTATION_PLAN__CURRENT_BASELINE, oldCurrentBaseline, currentBaseline));
			}
		}
		return currentBaseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Baseline basicGetCurrentBaseline() {
		return currentBaseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrentBaseline(Baseline newCurrentBaseline) {
		Baseline oldCurrentBaseline = currentBaseline;
		currentBaseline = newCurrentBaseline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.IMPLEMENTATION_PLAN__CURRENT_BASELINE, oldCurrentBaseline, currentBaseline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PeerPlanPackage.IMPLEMENTATION_PLAN__AGENCY:
				return basicSetAgency(null, msgs);
			case PeerPlanPackage.IMPLEMENTATION_PLAN__READINESS:
				return basicSetReadiness(null, msgs);
			case PeerPlanPackage.IMPLEMENTATION_PLAN__TIMELINE:
				return basicSetTimeline(null, msgs);
			case PeerPlanPackage.IMPLEMENTATION_PLAN__POLICY_REVIEW:
				return basicSetPolicyReview(null, msgs);
			case PeerPlanPackage.IMPLEMENTATION_PLAN__ROOT_CAUSE_ANALYSES:
				return ((InternalEList<?>)getRootCauseAnalyses()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.IMPLEMENTATION_PLAN__ACTIONS:
				return ((InternalEList<?>)getActions()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.IMPLEMENTATION_PLAN__ROLES:
				return ((InternalEList<?>)getRoles()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.IMPLEMENTATION_PLAN__SUPERVISION:
				return basicSetSupervision(null, msgs);
			case PeerPlanPackage.IMPLEMENTATION_PLAN__TRAINING_PLAN:
				return basicSetTrainingPlan(null, msgs);
			case PeerPlanPackage.IMPLEMENTATION_PLAN__BUDGET:
				return basicSetBudget(null, msgs);
			case PeerPlanPackage.IMPLEMENTATION_PLAN__RISKS:
				return ((InternalEList<?>)getRisks()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.IMPLEMENTATION_PLAN__DECISIONS:
				return ((InternalEList<?>)getDecisions()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.IMPLEMENTATION_PLAN__OUTCOMES:
				return ((InternalEList<?>)getOutcomes()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.IMPLEMENTATION_PLAN__PERFORMANCE:
				return basicSetPerformance(null, msgs);
			case PeerPlanPackage.IMPLEMENTATION_PLAN__RULE_WAIVERS:
				return ((InternalEList<?>)getRuleWaivers()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.IMPLEMENTATION_PLAN__BASELINES:
				return ((InternalEList<?>)getBaselines()).basicRemove(otherEnd, msgs);
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
			case PeerPlanPackage.IMPLEMENTATION_PLAN__NAME:
				return getName();
			case PeerPlanPackage.IMPLEMENTATION_PLAN__CONSULTANT:
				return getConsultant();
			case PeerPlanPackage.IMPLEMENTATION_PLAN__PREPARED_ON:
				return getPreparedOn();
			case PeerPlanPackage.IMPLEMENTATION_PLAN__AGENCY:
				return getAgency();
			case PeerPlanPackage.IMPLEMENTATION_PLAN__READINESS:
				return getReadiness();
			case PeerPlanPackage.IMPLEMENTATION_PLAN__TIMELINE:
				return getTimeline();
			case PeerPlanPackage.IMPLEMENTATION_PLAN__POLICY_REVIEW:
				return getPolicyReview();
			case PeerPlanPackage.IMPLEMENTATION_PLAN__ROOT_CAUSE_ANALYSES:
				return getRootCauseAnalyses();
			case PeerPlanPackage.IMPLEMENTATION_PLAN__ACTIONS:
				return getActions();
			case PeerPlanPackage.IMPLEMENTATION_PLAN__ROLES:
				return getRoles();
			case PeerPlanPackage.IMPLEMENTATION_PLAN__SUPERVISION:
				return getSupervision();
			case PeerPlanPackage.IMPLEMENTATION_PLAN__TRAINING_PLAN:
				return getTrainingPlan();
			case PeerPlanPackage.IMPLEMENTATION_PLAN__BUDGET:
				return getBudget();
			case PeerPlanPackage.IMPLEMENTATION_PLAN__RISKS:
				return getRisks();
			case PeerPlanPackage.IMPLEMENTATION_PLAN__DECISIONS:
				return getDecisions();
			case PeerPlanPackage.IMPLEMENTATION_PLAN__OUTCOMES:
				return getOutcomes();
			case PeerPlanPackage.IMPLEMENTATION_PLAN__PERFORMANCE:
				return getPerformance();
			case PeerPlanPackage.IMPLEMENTATION_PLAN__RULE_WAIVERS:
				return getRuleWaivers();
			case PeerPlanPackage.IMPLEMENTATION_PLAN__BASELINES:
				return getBaselines();
			case PeerPlanPackage.IMPLEMENTATION_PLAN__CURRENT_BASELINE:
				if (resolve) return getCurrentBaseline();
				return basicGetCurrentBaseline();
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
			case PeerPlanPackage.IMPLEMENTATION_PLAN__NAME:
				setName((String)newValue);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__CONSULTANT:
				setConsultant((String)newValue);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__PREPARED_ON:
				setPreparedOn((LocalDate)newValue);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__AGENCY:
				setAgency((Agency)newValue);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__READINESS:
				setReadiness((ReadinessAssessment)newValue);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__TIMELINE:
				setTimeline((Timeline)newValue);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__POLICY_REVIEW:
				setPolicyReview((PolicyReview)newValue);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__ROOT_CAUSE_ANALYSES:
				getRootCauseAnalyses().clear();
				getRootCauseAnalyses().addAll((Collection<? extends RootCauseAnalysis>)newValue);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends Action>)newValue);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends PeerRole>)newValue);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__SUPERVISION:
				setSupervision((SupervisionPlan)newValue);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__TRAINING_PLAN:
				setTrainingPlan((TrainingPlan)newValue);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__BUDGET:
				setBudget((Budget)newValue);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__RISKS:
				getRisks().clear();
				getRisks().addAll((Collection<? extends Risk>)newValue);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__DECISIONS:
				getDecisions().clear();
				getDecisions().addAll((Collection<? extends PolicyDecision>)newValue);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__OUTCOMES:
				getOutcomes().clear();
				getOutcomes().addAll((Collection<? extends OutcomeMeasure>)newValue);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__PERFORMANCE:
				setPerformance((PerformanceManagement)newValue);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__RULE_WAIVERS:
				getRuleWaivers().clear();
				getRuleWaivers().addAll((Collection<? extends RuleWaiver>)newValue);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__BASELINES:
				getBaselines().clear();
				getBaselines().addAll((Collection<? extends Baseline>)newValue);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__CURRENT_BASELINE:
				setCurrentBaseline((Baseline)newValue);
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
			case PeerPlanPackage.IMPLEMENTATION_PLAN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__CONSULTANT:
				setConsultant(CONSULTANT_EDEFAULT);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__PREPARED_ON:
				setPreparedOn(PREPARED_ON_EDEFAULT);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__AGENCY:
				setAgency((Agency)null);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__READINESS:
				setReadiness((ReadinessAssessment)null);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__TIMELINE:
				setTimeline((Timeline)null);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__POLICY_REVIEW:
				setPolicyReview((PolicyReview)null);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__ROOT_CAUSE_ANALYSES:
				getRootCauseAnalyses().clear();
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__ACTIONS:
				getActions().clear();
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__ROLES:
				getRoles().clear();
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__SUPERVISION:
				setSupervision((SupervisionPlan)null);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__TRAINING_PLAN:
				setTrainingPlan((TrainingPlan)null);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__BUDGET:
				setBudget((Budget)null);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__RISKS:
				getRisks().clear();
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__DECISIONS:
				getDecisions().clear();
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__OUTCOMES:
				getOutcomes().clear();
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__PERFORMANCE:
				setPerformance((PerformanceManagement)null);
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__RULE_WAIVERS:
				getRuleWaivers().clear();
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__BASELINES:
				getBaselines().clear();
				return;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__CURRENT_BASELINE:
				setCurrentBaseline((Baseline)null);
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
			case PeerPlanPackage.IMPLEMENTATION_PLAN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PeerPlanPackage.IMPLEMENTATION_PLAN__CONSULTANT:
				return CONSULTANT_EDEFAULT == null ? consultant != null : !CONSULTANT_EDEFAULT.equals(consultant);
			case PeerPlanPackage.IMPLEMENTATION_PLAN__PREPARED_ON:
				return PREPARED_ON_EDEFAULT == null ? preparedOn != null : !PREPARED_ON_EDEFAULT.equals(preparedOn);
			case PeerPlanPackage.IMPLEMENTATION_PLAN__AGENCY:
				return agency != null;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__READINESS:
				return readiness != null;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__TIMELINE:
				return timeline != null;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__POLICY_REVIEW:
				return policyReview != null;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__ROOT_CAUSE_ANALYSES:
				return rootCauseAnalyses != null && !rootCauseAnalyses.isEmpty();
			case PeerPlanPackage.IMPLEMENTATION_PLAN__ACTIONS:
				return actions != null && !actions.isEmpty();
			case PeerPlanPackage.IMPLEMENTATION_PLAN__ROLES:
				return roles != null && !roles.isEmpty();
			case PeerPlanPackage.IMPLEMENTATION_PLAN__SUPERVISION:
				return supervision != null;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__TRAINING_PLAN:
				return trainingPlan != null;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__BUDGET:
				return budget != null;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__RISKS:
				return risks != null && !risks.isEmpty();
			case PeerPlanPackage.IMPLEMENTATION_PLAN__DECISIONS:
				return decisions != null && !decisions.isEmpty();
			case PeerPlanPackage.IMPLEMENTATION_PLAN__OUTCOMES:
				return outcomes != null && !outcomes.isEmpty();
			case PeerPlanPackage.IMPLEMENTATION_PLAN__PERFORMANCE:
				return performance != null;
			case PeerPlanPackage.IMPLEMENTATION_PLAN__RULE_WAIVERS:
				return ruleWaivers != null && !ruleWaivers.isEmpty();
			case PeerPlanPackage.IMPLEMENTATION_PLAN__BASELINES:
				return baselines != null && !baselines.isEmpty();
			case PeerPlanPackage.IMPLEMENTATION_PLAN__CURRENT_BASELINE:
				return currentBaseline != null;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", consultant: ");
		result.append(consultant);
		result.append(", preparedOn: ");
		result.append(preparedOn);
		result.append(')');
		return result.toString();
	}

} //ImplementationPlanImpl
