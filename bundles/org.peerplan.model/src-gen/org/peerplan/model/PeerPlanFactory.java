/**
 */
package org.peerplan.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.PeerPlanPackage
 * @generated
 */
public interface PeerPlanFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PeerPlanFactory eINSTANCE = org.peerplan.model.impl.PeerPlanFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Implementation Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Implementation Plan</em>'.
	 * @generated
	 */
	ImplementationPlan createImplementationPlan();

	/**
	 * Returns a new object of class '<em>Agency</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Agency</em>'.
	 * @generated
	 */
	Agency createAgency();

	/**
	 * Returns a new object of class '<em>Holiday</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Holiday</em>'.
	 * @generated
	 */
	Holiday createHoliday();

	/**
	 * Returns a new object of class '<em>Program</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Program</em>'.
	 * @generated
	 */
	Program createProgram();

	/**
	 * Returns a new object of class '<em>Person</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Person</em>'.
	 * @generated
	 */
	Person createPerson();

	/**
	 * Returns a new object of class '<em>Funder Constraint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Funder Constraint</em>'.
	 * @generated
	 */
	FunderConstraint createFunderConstraint();

	/**
	 * Returns a new object of class '<em>Advisory Board</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Advisory Board</em>'.
	 * @generated
	 */
	AdvisoryBoard createAdvisoryBoard();

	/**
	 * Returns a new object of class '<em>Readiness Assessment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Readiness Assessment</em>'.
	 * @generated
	 */
	ReadinessAssessment createReadinessAssessment();

	/**
	 * Returns a new object of class '<em>Respondent</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Respondent</em>'.
	 * @generated
	 */
	Respondent createRespondent();

	/**
	 * Returns a new object of class '<em>Quiz Answer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Quiz Answer</em>'.
	 * @generated
	 */
	QuizAnswer createQuizAnswer();

	/**
	 * Returns a new object of class '<em>Motivation Answer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Motivation Answer</em>'.
	 * @generated
	 */
	MotivationAnswer createMotivationAnswer();

	/**
	 * Returns a new object of class '<em>Survey Response</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Survey Response</em>'.
	 * @generated
	 */
	SurveyResponse createSurveyResponse();

	/**
	 * Returns a new object of class '<em>Survey Answer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Survey Answer</em>'.
	 * @generated
	 */
	SurveyAnswer createSurveyAnswer();

	/**
	 * Returns a new object of class '<em>Competency Assessment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Competency Assessment</em>'.
	 * @generated
	 */
	CompetencyAssessment createCompetencyAssessment();

	/**
	 * Returns a new object of class '<em>Assessment Answer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Assessment Answer</em>'.
	 * @generated
	 */
	AssessmentAnswer createAssessmentAnswer();

	/**
	 * Returns a new object of class '<em>Timeline Benchmark</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Timeline Benchmark</em>'.
	 * @generated
	 */
	TimelineBenchmark createTimelineBenchmark();

	/**
	 * Returns a new object of class '<em>Timeline</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Timeline</em>'.
	 * @generated
	 */
	Timeline createTimeline();

	/**
	 * Returns a new object of class '<em>Stage</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Stage</em>'.
	 * @generated
	 */
	Stage createStage();

	/**
	 * Returns a new object of class '<em>Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Task</em>'.
	 * @generated
	 */
	Task createTask();

	/**
	 * Returns a new object of class '<em>Speed Up Choice</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Speed Up Choice</em>'.
	 * @generated
	 */
	SpeedUpChoice createSpeedUpChoice();

	/**
	 * Returns a new object of class '<em>Policy Review</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Policy Review</em>'.
	 * @generated
	 */
	PolicyReview createPolicyReview();

	/**
	 * Returns a new object of class '<em>Policy Finding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Policy Finding</em>'.
	 * @generated
	 */
	PolicyFinding createPolicyFinding();

	/**
	 * Returns a new object of class '<em>Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Policy</em>'.
	 * @generated
	 */
	Policy createPolicy();

	/**
	 * Returns a new object of class '<em>Planning Item Status</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Planning Item Status</em>'.
	 * @generated
	 */
	PlanningItemStatus createPlanningItemStatus();

	/**
	 * Returns a new object of class '<em>Risk Factor Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Risk Factor Mapping</em>'.
	 * @generated
	 */
	RiskFactorMapping createRiskFactorMapping();

	/**
	 * Returns a new object of class '<em>Root Cause Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Root Cause Analysis</em>'.
	 * @generated
	 */
	RootCauseAnalysis createRootCauseAnalysis();

	/**
	 * Returns a new object of class '<em>Cause</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cause</em>'.
	 * @generated
	 */
	Cause createCause();

	/**
	 * Returns a new object of class '<em>Why</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Why</em>'.
	 * @generated
	 */
	Why createWhy();

	/**
	 * Returns a new object of class '<em>Intervention</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Intervention</em>'.
	 * @generated
	 */
	Intervention createIntervention();

	/**
	 * Returns a new object of class '<em>Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Action</em>'.
	 * @generated
	 */
	Action createAction();

	/**
	 * Returns a new object of class '<em>Peer Role</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Peer Role</em>'.
	 * @generated
	 */
	PeerRole createPeerRole();

	/**
	 * Returns a new object of class '<em>Duty</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Duty</em>'.
	 * @generated
	 */
	Duty createDuty();

	/**
	 * Returns a new object of class '<em>Career Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Career Step</em>'.
	 * @generated
	 */
	CareerStep createCareerStep();

	/**
	 * Returns a new object of class '<em>Job Description</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Job Description</em>'.
	 * @generated
	 */
	JobDescription createJobDescription();

	/**
	 * Returns a new object of class '<em>Responsibility</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Responsibility</em>'.
	 * @generated
	 */
	Responsibility createResponsibility();

	/**
	 * Returns a new object of class '<em>Qualification</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Qualification</em>'.
	 * @generated
	 */
	Qualification createQualification();

	/**
	 * Returns a new object of class '<em>Interview Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interview Plan</em>'.
	 * @generated
	 */
	InterviewPlan createInterviewPlan();

	/**
	 * Returns a new object of class '<em>Interview Question</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interview Question</em>'.
	 * @generated
	 */
	InterviewQuestion createInterviewQuestion();

	/**
	 * Returns a new object of class '<em>Background Check</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Background Check</em>'.
	 * @generated
	 */
	BackgroundCheck createBackgroundCheck();

	/**
	 * Returns a new object of class '<em>Supervision Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Supervision Plan</em>'.
	 * @generated
	 */
	SupervisionPlan createSupervisionPlan();

	/**
	 * Returns a new object of class '<em>Peer Interaction Event</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Peer Interaction Event</em>'.
	 * @generated
	 */
	PeerInteractionEvent createPeerInteractionEvent();

	/**
	 * Returns a new object of class '<em>Support Provision</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Support Provision</em>'.
	 * @generated
	 */
	SupportProvision createSupportProvision();

	/**
	 * Returns a new object of class '<em>Wellbeing Practice</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Wellbeing Practice</em>'.
	 * @generated
	 */
	WellbeingPractice createWellbeingPractice();

	/**
	 * Returns a new object of class '<em>Training Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Training Plan</em>'.
	 * @generated
	 */
	TrainingPlan createTrainingPlan();

	/**
	 * Returns a new object of class '<em>Training Session</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Training Session</em>'.
	 * @generated
	 */
	TrainingSession createTrainingSession();

	/**
	 * Returns a new object of class '<em>Budget</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Budget</em>'.
	 * @generated
	 */
	Budget createBudget();

	/**
	 * Returns a new object of class '<em>Budget Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Budget Line</em>'.
	 * @generated
	 */
	BudgetLine createBudgetLine();

	/**
	 * Returns a new object of class '<em>Risk</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Risk</em>'.
	 * @generated
	 */
	Risk createRisk();

	/**
	 * Returns a new object of class '<em>Policy Decision</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Policy Decision</em>'.
	 * @generated
	 */
	PolicyDecision createPolicyDecision();

	/**
	 * Returns a new object of class '<em>Outcome Measure</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Outcome Measure</em>'.
	 * @generated
	 */
	OutcomeMeasure createOutcomeMeasure();

	/**
	 * Returns a new object of class '<em>Performance Management</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Performance Management</em>'.
	 * @generated
	 */
	PerformanceManagement createPerformanceManagement();

	/**
	 * Returns a new object of class '<em>Performance Evaluation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Performance Evaluation</em>'.
	 * @generated
	 */
	PerformanceEvaluation createPerformanceEvaluation();

	/**
	 * Returns a new object of class '<em>Evaluation Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Evaluation Entry</em>'.
	 * @generated
	 */
	EvaluationEntry createEvaluationEntry();

	/**
	 * Returns a new object of class '<em>Category Comment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Category Comment</em>'.
	 * @generated
	 */
	CategoryComment createCategoryComment();

	/**
	 * Returns a new object of class '<em>Collaborative Work Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Collaborative Work Plan</em>'.
	 * @generated
	 */
	CollaborativeWorkPlan createCollaborativeWorkPlan();

	/**
	 * Returns a new object of class '<em>Development Plan Answer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Development Plan Answer</em>'.
	 * @generated
	 */
	DevelopmentPlanAnswer createDevelopmentPlanAnswer();

	/**
	 * Returns a new object of class '<em>Work Plan Need</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Work Plan Need</em>'.
	 * @generated
	 */
	WorkPlanNeed createWorkPlanNeed();

	/**
	 * Returns a new object of class '<em>Work Plan Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Work Plan Step</em>'.
	 * @generated
	 */
	WorkPlanStep createWorkPlanStep();

	/**
	 * Returns a new object of class '<em>Plan Of Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Plan Of Action</em>'.
	 * @generated
	 */
	PlanOfAction createPlanOfAction();

	/**
	 * Returns a new object of class '<em>Accommodation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Accommodation</em>'.
	 * @generated
	 */
	Accommodation createAccommodation();

	/**
	 * Returns a new object of class '<em>Rule Waiver</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rule Waiver</em>'.
	 * @generated
	 */
	RuleWaiver createRuleWaiver();

	/**
	 * Returns a new object of class '<em>Baseline</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Baseline</em>'.
	 * @generated
	 */
	Baseline createBaseline();

	/**
	 * Returns a new object of class '<em>Task Baseline</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Task Baseline</em>'.
	 * @generated
	 */
	TaskBaseline createTaskBaseline();

	/**
	 * Returns a new object of class '<em>Budget Year Baseline</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Budget Year Baseline</em>'.
	 * @generated
	 */
	BudgetYearBaseline createBudgetYearBaseline();

	/**
	 * Returns a new object of class '<em>Finding Baseline</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Finding Baseline</em>'.
	 * @generated
	 */
	FindingBaseline createFindingBaseline();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	PeerPlanPackage getPeerPlanPackage();

} //PeerPlanFactory
