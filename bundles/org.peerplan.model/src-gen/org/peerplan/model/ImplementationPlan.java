/**
 */
package org.peerplan.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Implementation Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a .peerplan file: one agency's plan.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.ImplementationPlan#getName <em>Name</em>}</li>
 *   <li>{@link org.peerplan.model.ImplementationPlan#getConsultant <em>Consultant</em>}</li>
 *   <li>{@link org.peerplan.model.ImplementationPlan#getPreparedOn <em>Prepared On</em>}</li>
 *   <li>{@link org.peerplan.model.ImplementationPlan#getAgency <em>Agency</em>}</li>
 *   <li>{@link org.peerplan.model.ImplementationPlan#getReadiness <em>Readiness</em>}</li>
 *   <li>{@link org.peerplan.model.ImplementationPlan#getTimeline <em>Timeline</em>}</li>
 *   <li>{@link org.peerplan.model.ImplementationPlan#getPolicyReview <em>Policy Review</em>}</li>
 *   <li>{@link org.peerplan.model.ImplementationPlan#getRootCauseAnalyses <em>Root Cause Analyses</em>}</li>
 *   <li>{@link org.peerplan.model.ImplementationPlan#getActions <em>Actions</em>}</li>
 *   <li>{@link org.peerplan.model.ImplementationPlan#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.peerplan.model.ImplementationPlan#getSupervision <em>Supervision</em>}</li>
 *   <li>{@link org.peerplan.model.ImplementationPlan#getTrainingPlan <em>Training Plan</em>}</li>
 *   <li>{@link org.peerplan.model.ImplementationPlan#getBudget <em>Budget</em>}</li>
 *   <li>{@link org.peerplan.model.ImplementationPlan#getRisks <em>Risks</em>}</li>
 *   <li>{@link org.peerplan.model.ImplementationPlan#getDecisions <em>Decisions</em>}</li>
 *   <li>{@link org.peerplan.model.ImplementationPlan#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.peerplan.model.ImplementationPlan#getPerformance <em>Performance</em>}</li>
 *   <li>{@link org.peerplan.model.ImplementationPlan#getRuleWaivers <em>Rule Waivers</em>}</li>
 *   <li>{@link org.peerplan.model.ImplementationPlan#getBaselines <em>Baselines</em>}</li>
 *   <li>{@link org.peerplan.model.ImplementationPlan#getCurrentBaseline <em>Current Baseline</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getImplementationPlan()
 * @model
 * @generated
 */
public interface ImplementationPlan extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.peerplan.model.PeerPlanPackage#getImplementationPlan_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.peerplan.model.ImplementationPlan#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Consultant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consultant</em>' attribute.
	 * @see #setConsultant(String)
	 * @see org.peerplan.model.PeerPlanPackage#getImplementationPlan_Consultant()
	 * @model
	 * @generated
	 */
	String getConsultant();

	/**
	 * Sets the value of the '{@link org.peerplan.model.ImplementationPlan#getConsultant <em>Consultant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consultant</em>' attribute.
	 * @see #getConsultant()
	 * @generated
	 */
	void setConsultant(String value);

	/**
	 * Returns the value of the '<em><b>Prepared On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prepared On</em>' attribute.
	 * @see #setPreparedOn(LocalDate)
	 * @see org.peerplan.model.PeerPlanPackage#getImplementationPlan_PreparedOn()
	 * @model dataType="org.peerplan.model.LocalDate"
	 * @generated
	 */
	LocalDate getPreparedOn();

	/**
	 * Sets the value of the '{@link org.peerplan.model.ImplementationPlan#getPreparedOn <em>Prepared On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prepared On</em>' attribute.
	 * @see #getPreparedOn()
	 * @generated
	 */
	void setPreparedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Agency</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agency</em>' containment reference.
	 * @see #setAgency(Agency)
	 * @see org.peerplan.model.PeerPlanPackage#getImplementationPlan_Agency()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Agency getAgency();

	/**
	 * Sets the value of the '{@link org.peerplan.model.ImplementationPlan#getAgency <em>Agency</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agency</em>' containment reference.
	 * @see #getAgency()
	 * @generated
	 */
	void setAgency(Agency value);

	/**
	 * Returns the value of the '<em><b>Readiness</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Readiness</em>' containment reference.
	 * @see #setReadiness(ReadinessAssessment)
	 * @see org.peerplan.model.PeerPlanPackage#getImplementationPlan_Readiness()
	 * @model containment="true" required="true"
	 * @generated
	 */
	ReadinessAssessment getReadiness();

	/**
	 * Sets the value of the '{@link org.peerplan.model.ImplementationPlan#getReadiness <em>Readiness</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Readiness</em>' containment reference.
	 * @see #getReadiness()
	 * @generated
	 */
	void setReadiness(ReadinessAssessment value);

	/**
	 * Returns the value of the '<em><b>Timeline</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timeline</em>' containment reference.
	 * @see #setTimeline(Timeline)
	 * @see org.peerplan.model.PeerPlanPackage#getImplementationPlan_Timeline()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Timeline getTimeline();

	/**
	 * Sets the value of the '{@link org.peerplan.model.ImplementationPlan#getTimeline <em>Timeline</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timeline</em>' containment reference.
	 * @see #getTimeline()
	 * @generated
	 */
	void setTimeline(Timeline value);

	/**
	 * Returns the value of the '<em><b>Policy Review</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Policy Review</em>' containment reference.
	 * @see #setPolicyReview(PolicyReview)
	 * @see org.peerplan.model.PeerPlanPackage#getImplementationPlan_PolicyReview()
	 * @model containment="true" required="true"
	 * @generated
	 */
	PolicyReview getPolicyReview();

	/**
	 * Sets the value of the '{@link org.peerplan.model.ImplementationPlan#getPolicyReview <em>Policy Review</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy Review</em>' containment reference.
	 * @see #getPolicyReview()
	 * @generated
	 */
	void setPolicyReview(PolicyReview value);

	/**
	 * Returns the value of the '<em><b>Root Cause Analyses</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.RootCauseAnalysis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Root Cause Analyses</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getImplementationPlan_RootCauseAnalyses()
	 * @model containment="true"
	 * @generated
	 */
	EList<RootCauseAnalysis> getRootCauseAnalyses();

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.Action}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getImplementationPlan_Actions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Action> getActions();

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.PeerRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getImplementationPlan_Roles()
	 * @model containment="true"
	 * @generated
	 */
	EList<PeerRole> getRoles();

	/**
	 * Returns the value of the '<em><b>Supervision</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supervision</em>' containment reference.
	 * @see #setSupervision(SupervisionPlan)
	 * @see org.peerplan.model.PeerPlanPackage#getImplementationPlan_Supervision()
	 * @model containment="true" required="true"
	 * @generated
	 */
	SupervisionPlan getSupervision();

	/**
	 * Sets the value of the '{@link org.peerplan.model.ImplementationPlan#getSupervision <em>Supervision</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supervision</em>' containment reference.
	 * @see #getSupervision()
	 * @generated
	 */
	void setSupervision(SupervisionPlan value);

	/**
	 * Returns the value of the '<em><b>Training Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Training Plan</em>' containment reference.
	 * @see #setTrainingPlan(TrainingPlan)
	 * @see org.peerplan.model.PeerPlanPackage#getImplementationPlan_TrainingPlan()
	 * @model containment="true" required="true"
	 * @generated
	 */
	TrainingPlan getTrainingPlan();

	/**
	 * Sets the value of the '{@link org.peerplan.model.ImplementationPlan#getTrainingPlan <em>Training Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Training Plan</em>' containment reference.
	 * @see #getTrainingPlan()
	 * @generated
	 */
	void setTrainingPlan(TrainingPlan value);

	/**
	 * Returns the value of the '<em><b>Budget</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget</em>' containment reference.
	 * @see #setBudget(Budget)
	 * @see org.peerplan.model.PeerPlanPackage#getImplementationPlan_Budget()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Budget getBudget();

	/**
	 * Sets the value of the '{@link org.peerplan.model.ImplementationPlan#getBudget <em>Budget</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget</em>' containment reference.
	 * @see #getBudget()
	 * @generated
	 */
	void setBudget(Budget value);

	/**
	 * Returns the value of the '<em><b>Risks</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.Risk}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Risks</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getImplementationPlan_Risks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Risk> getRisks();

	/**
	 * Returns the value of the '<em><b>Decisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.PolicyDecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decisions</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getImplementationPlan_Decisions()
	 * @model containment="true"
	 * @generated
	 */
	EList<PolicyDecision> getDecisions();

	/**
	 * Returns the value of the '<em><b>Outcomes</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.OutcomeMeasure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcomes</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getImplementationPlan_Outcomes()
	 * @model containment="true"
	 * @generated
	 */
	EList<OutcomeMeasure> getOutcomes();

	/**
	 * Returns the value of the '<em><b>Performance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Performance</em>' containment reference.
	 * @see #setPerformance(PerformanceManagement)
	 * @see org.peerplan.model.PeerPlanPackage#getImplementationPlan_Performance()
	 * @model containment="true" required="true"
	 * @generated
	 */
	PerformanceManagement getPerformance();

	/**
	 * Sets the value of the '{@link org.peerplan.model.ImplementationPlan#getPerformance <em>Performance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Performance</em>' containment reference.
	 * @see #getPerformance()
	 * @generated
	 */
	void setPerformance(PerformanceManagement value);

	/**
	 * Returns the value of the '<em><b>Rule Waivers</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.RuleWaiver}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule Waivers</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getImplementationPlan_RuleWaivers()
	 * @model containment="true"
	 * @generated
	 */
	EList<RuleWaiver> getRuleWaivers();

	/**
	 * Returns the value of the '<em><b>Baselines</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.Baseline}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The plan as approved at given moments, such as a board's approval, kept to measure progress against.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baselines</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getImplementationPlan_Baselines()
	 * @model containment="true"
	 * @generated
	 */
	EList<Baseline> getBaselines();

	/**
	 * Returns the value of the '<em><b>Current Baseline</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The baseline progress is measured against; one of the baselines.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Current Baseline</em>' reference.
	 * @see #setCurrentBaseline(Baseline)
	 * @see org.peerplan.model.PeerPlanPackage#getImplementationPlan_CurrentBaseline()
	 * @model
	 * @generated
	 */
	Baseline getCurrentBaseline();

	/**
	 * Sets the value of the '{@link org.peerplan.model.ImplementationPlan#getCurrentBaseline <em>Current Baseline</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current Baseline</em>' reference.
	 * @see #getCurrentBaseline()
	 * @generated
	 */
	void setCurrentBaseline(Baseline value);

} // ImplementationPlan
