/**
 */
package org.peerplan.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.peerplan.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.PeerPlanPackage
 * @generated
 */
public class PeerPlanAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static PeerPlanPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PeerPlanAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = PeerPlanPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PeerPlanSwitch<Adapter> modelSwitch =
		new PeerPlanSwitch<Adapter>() {
			@Override
			public Adapter caseImplementationPlan(ImplementationPlan object) {
				return createImplementationPlanAdapter();
			}
			@Override
			public Adapter caseAgency(Agency object) {
				return createAgencyAdapter();
			}
			@Override
			public Adapter caseHoliday(Holiday object) {
				return createHolidayAdapter();
			}
			@Override
			public Adapter caseProgram(Program object) {
				return createProgramAdapter();
			}
			@Override
			public Adapter casePerson(Person object) {
				return createPersonAdapter();
			}
			@Override
			public Adapter caseFunderConstraint(FunderConstraint object) {
				return createFunderConstraintAdapter();
			}
			@Override
			public Adapter caseAdvisoryBoard(AdvisoryBoard object) {
				return createAdvisoryBoardAdapter();
			}
			@Override
			public Adapter caseReadinessAssessment(ReadinessAssessment object) {
				return createReadinessAssessmentAdapter();
			}
			@Override
			public Adapter caseRespondent(Respondent object) {
				return createRespondentAdapter();
			}
			@Override
			public Adapter caseQuizAnswer(QuizAnswer object) {
				return createQuizAnswerAdapter();
			}
			@Override
			public Adapter caseMotivationAnswer(MotivationAnswer object) {
				return createMotivationAnswerAdapter();
			}
			@Override
			public Adapter caseSurveyResponse(SurveyResponse object) {
				return createSurveyResponseAdapter();
			}
			@Override
			public Adapter caseSurveyAnswer(SurveyAnswer object) {
				return createSurveyAnswerAdapter();
			}
			@Override
			public Adapter caseCompetencyAssessment(CompetencyAssessment object) {
				return createCompetencyAssessmentAdapter();
			}
			@Override
			public Adapter caseAssessmentAnswer(AssessmentAnswer object) {
				return createAssessmentAnswerAdapter();
			}
			@Override
			public Adapter caseTimelineBenchmark(TimelineBenchmark object) {
				return createTimelineBenchmarkAdapter();
			}
			@Override
			public Adapter caseTimeline(Timeline object) {
				return createTimelineAdapter();
			}
			@Override
			public Adapter caseStage(Stage object) {
				return createStageAdapter();
			}
			@Override
			public Adapter caseTask(Task object) {
				return createTaskAdapter();
			}
			@Override
			public Adapter caseSpeedUpChoice(SpeedUpChoice object) {
				return createSpeedUpChoiceAdapter();
			}
			@Override
			public Adapter casePolicyReview(PolicyReview object) {
				return createPolicyReviewAdapter();
			}
			@Override
			public Adapter casePolicyFinding(PolicyFinding object) {
				return createPolicyFindingAdapter();
			}
			@Override
			public Adapter casePolicy(Policy object) {
				return createPolicyAdapter();
			}
			@Override
			public Adapter casePlanningItemStatus(PlanningItemStatus object) {
				return createPlanningItemStatusAdapter();
			}
			@Override
			public Adapter caseRiskFactorMapping(RiskFactorMapping object) {
				return createRiskFactorMappingAdapter();
			}
			@Override
			public Adapter caseRootCauseAnalysis(RootCauseAnalysis object) {
				return createRootCauseAnalysisAdapter();
			}
			@Override
			public Adapter caseCause(Cause object) {
				return createCauseAdapter();
			}
			@Override
			public Adapter caseWhy(Why object) {
				return createWhyAdapter();
			}
			@Override
			public Adapter caseIntervention(Intervention object) {
				return createInterventionAdapter();
			}
			@Override
			public Adapter caseAction(Action object) {
				return createActionAdapter();
			}
			@Override
			public Adapter casePeerRole(PeerRole object) {
				return createPeerRoleAdapter();
			}
			@Override
			public Adapter caseDuty(Duty object) {
				return createDutyAdapter();
			}
			@Override
			public Adapter caseCareerStep(CareerStep object) {
				return createCareerStepAdapter();
			}
			@Override
			public Adapter caseJobDescription(JobDescription object) {
				return createJobDescriptionAdapter();
			}
			@Override
			public Adapter caseResponsibility(Responsibility object) {
				return createResponsibilityAdapter();
			}
			@Override
			public Adapter caseQualification(Qualification object) {
				return createQualificationAdapter();
			}
			@Override
			public Adapter caseInterviewPlan(InterviewPlan object) {
				return createInterviewPlanAdapter();
			}
			@Override
			public Adapter caseInterviewQuestion(InterviewQuestion object) {
				return createInterviewQuestionAdapter();
			}
			@Override
			public Adapter caseBackgroundCheck(BackgroundCheck object) {
				return createBackgroundCheckAdapter();
			}
			@Override
			public Adapter caseSupervisionPlan(SupervisionPlan object) {
				return createSupervisionPlanAdapter();
			}
			@Override
			public Adapter casePeerInteractionEvent(PeerInteractionEvent object) {
				return createPeerInteractionEventAdapter();
			}
			@Override
			public Adapter caseSupportProvision(SupportProvision object) {
				return createSupportProvisionAdapter();
			}
			@Override
			public Adapter caseWellbeingPractice(WellbeingPractice object) {
				return createWellbeingPracticeAdapter();
			}
			@Override
			public Adapter caseTrainingPlan(TrainingPlan object) {
				return createTrainingPlanAdapter();
			}
			@Override
			public Adapter caseTrainingSession(TrainingSession object) {
				return createTrainingSessionAdapter();
			}
			@Override
			public Adapter caseBudget(Budget object) {
				return createBudgetAdapter();
			}
			@Override
			public Adapter caseBudgetLine(BudgetLine object) {
				return createBudgetLineAdapter();
			}
			@Override
			public Adapter caseRisk(Risk object) {
				return createRiskAdapter();
			}
			@Override
			public Adapter casePolicyDecision(PolicyDecision object) {
				return createPolicyDecisionAdapter();
			}
			@Override
			public Adapter caseOutcomeMeasure(OutcomeMeasure object) {
				return createOutcomeMeasureAdapter();
			}
			@Override
			public Adapter casePerformanceManagement(PerformanceManagement object) {
				return createPerformanceManagementAdapter();
			}
			@Override
			public Adapter casePerformanceEvaluation(PerformanceEvaluation object) {
				return createPerformanceEvaluationAdapter();
			}
			@Override
			public Adapter caseEvaluationEntry(EvaluationEntry object) {
				return createEvaluationEntryAdapter();
			}
			@Override
			public Adapter caseCategoryComment(CategoryComment object) {
				return createCategoryCommentAdapter();
			}
			@Override
			public Adapter caseCollaborativeWorkPlan(CollaborativeWorkPlan object) {
				return createCollaborativeWorkPlanAdapter();
			}
			@Override
			public Adapter caseDevelopmentPlanAnswer(DevelopmentPlanAnswer object) {
				return createDevelopmentPlanAnswerAdapter();
			}
			@Override
			public Adapter caseWorkPlanNeed(WorkPlanNeed object) {
				return createWorkPlanNeedAdapter();
			}
			@Override
			public Adapter caseWorkPlanStep(WorkPlanStep object) {
				return createWorkPlanStepAdapter();
			}
			@Override
			public Adapter casePlanOfAction(PlanOfAction object) {
				return createPlanOfActionAdapter();
			}
			@Override
			public Adapter caseAccommodation(Accommodation object) {
				return createAccommodationAdapter();
			}
			@Override
			public Adapter caseRuleWaiver(RuleWaiver object) {
				return createRuleWaiverAdapter();
			}
			@Override
			public Adapter caseBaseline(Baseline object) {
				return createBaselineAdapter();
			}
			@Override
			public Adapter caseTaskBaseline(TaskBaseline object) {
				return createTaskBaselineAdapter();
			}
			@Override
			public Adapter caseBudgetYearBaseline(BudgetYearBaseline object) {
				return createBudgetYearBaselineAdapter();
			}
			@Override
			public Adapter caseFindingBaseline(FindingBaseline object) {
				return createFindingBaselineAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.ImplementationPlan <em>Implementation Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.ImplementationPlan
	 * @generated
	 */
	public Adapter createImplementationPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.Agency <em>Agency</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.Agency
	 * @generated
	 */
	public Adapter createAgencyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.Holiday <em>Holiday</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.Holiday
	 * @generated
	 */
	public Adapter createHolidayAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.Program <em>Program</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.Program
	 * @generated
	 */
	public Adapter createProgramAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.Person
	 * @generated
	 */
	public Adapter createPersonAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.FunderConstraint <em>Funder Constraint</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.FunderConstraint
	 * @generated
	 */
	public Adapter createFunderConstraintAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.AdvisoryBoard <em>Advisory Board</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.AdvisoryBoard
	 * @generated
	 */
	public Adapter createAdvisoryBoardAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.ReadinessAssessment <em>Readiness Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.ReadinessAssessment
	 * @generated
	 */
	public Adapter createReadinessAssessmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.Respondent <em>Respondent</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.Respondent
	 * @generated
	 */
	public Adapter createRespondentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.QuizAnswer <em>Quiz Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.QuizAnswer
	 * @generated
	 */
	public Adapter createQuizAnswerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.MotivationAnswer <em>Motivation Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.MotivationAnswer
	 * @generated
	 */
	public Adapter createMotivationAnswerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.SurveyResponse <em>Survey Response</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.SurveyResponse
	 * @generated
	 */
	public Adapter createSurveyResponseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.SurveyAnswer <em>Survey Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.SurveyAnswer
	 * @generated
	 */
	public Adapter createSurveyAnswerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.CompetencyAssessment <em>Competency Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.CompetencyAssessment
	 * @generated
	 */
	public Adapter createCompetencyAssessmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.AssessmentAnswer <em>Assessment Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.AssessmentAnswer
	 * @generated
	 */
	public Adapter createAssessmentAnswerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.TimelineBenchmark <em>Timeline Benchmark</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.TimelineBenchmark
	 * @generated
	 */
	public Adapter createTimelineBenchmarkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.Timeline <em>Timeline</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.Timeline
	 * @generated
	 */
	public Adapter createTimelineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.Stage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.Stage
	 * @generated
	 */
	public Adapter createStageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.Task <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.Task
	 * @generated
	 */
	public Adapter createTaskAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.SpeedUpChoice <em>Speed Up Choice</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.SpeedUpChoice
	 * @generated
	 */
	public Adapter createSpeedUpChoiceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.PolicyReview <em>Policy Review</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.PolicyReview
	 * @generated
	 */
	public Adapter createPolicyReviewAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.PolicyFinding <em>Policy Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.PolicyFinding
	 * @generated
	 */
	public Adapter createPolicyFindingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.Policy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.Policy
	 * @generated
	 */
	public Adapter createPolicyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.PlanningItemStatus <em>Planning Item Status</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.PlanningItemStatus
	 * @generated
	 */
	public Adapter createPlanningItemStatusAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.RiskFactorMapping <em>Risk Factor Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.RiskFactorMapping
	 * @generated
	 */
	public Adapter createRiskFactorMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.RootCauseAnalysis <em>Root Cause Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.RootCauseAnalysis
	 * @generated
	 */
	public Adapter createRootCauseAnalysisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.Cause <em>Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.Cause
	 * @generated
	 */
	public Adapter createCauseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.Why <em>Why</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.Why
	 * @generated
	 */
	public Adapter createWhyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.Intervention <em>Intervention</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.Intervention
	 * @generated
	 */
	public Adapter createInterventionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.Action <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.Action
	 * @generated
	 */
	public Adapter createActionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.PeerRole <em>Peer Role</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.PeerRole
	 * @generated
	 */
	public Adapter createPeerRoleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.Duty <em>Duty</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.Duty
	 * @generated
	 */
	public Adapter createDutyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.CareerStep <em>Career Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.CareerStep
	 * @generated
	 */
	public Adapter createCareerStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.JobDescription <em>Job Description</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.JobDescription
	 * @generated
	 */
	public Adapter createJobDescriptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.Responsibility <em>Responsibility</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.Responsibility
	 * @generated
	 */
	public Adapter createResponsibilityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.Qualification <em>Qualification</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.Qualification
	 * @generated
	 */
	public Adapter createQualificationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.InterviewPlan <em>Interview Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.InterviewPlan
	 * @generated
	 */
	public Adapter createInterviewPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.InterviewQuestion <em>Interview Question</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.InterviewQuestion
	 * @generated
	 */
	public Adapter createInterviewQuestionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.BackgroundCheck <em>Background Check</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.BackgroundCheck
	 * @generated
	 */
	public Adapter createBackgroundCheckAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.SupervisionPlan <em>Supervision Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.SupervisionPlan
	 * @generated
	 */
	public Adapter createSupervisionPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.PeerInteractionEvent <em>Peer Interaction Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.PeerInteractionEvent
	 * @generated
	 */
	public Adapter createPeerInteractionEventAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.SupportProvision <em>Support Provision</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.SupportProvision
	 * @generated
	 */
	public Adapter createSupportProvisionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.WellbeingPractice <em>Wellbeing Practice</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.WellbeingPractice
	 * @generated
	 */
	public Adapter createWellbeingPracticeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.TrainingPlan <em>Training Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.TrainingPlan
	 * @generated
	 */
	public Adapter createTrainingPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.TrainingSession <em>Training Session</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.TrainingSession
	 * @generated
	 */
	public Adapter createTrainingSessionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.Budget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.Budget
	 * @generated
	 */
	public Adapter createBudgetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.BudgetLine <em>Budget Line</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.BudgetLine
	 * @generated
	 */
	public Adapter createBudgetLineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.Risk <em>Risk</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.Risk
	 * @generated
	 */
	public Adapter createRiskAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.PolicyDecision <em>Policy Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.PolicyDecision
	 * @generated
	 */
	public Adapter createPolicyDecisionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.OutcomeMeasure <em>Outcome Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.OutcomeMeasure
	 * @generated
	 */
	public Adapter createOutcomeMeasureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.PerformanceManagement <em>Performance Management</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.PerformanceManagement
	 * @generated
	 */
	public Adapter createPerformanceManagementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.PerformanceEvaluation <em>Performance Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.PerformanceEvaluation
	 * @generated
	 */
	public Adapter createPerformanceEvaluationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.EvaluationEntry <em>Evaluation Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.EvaluationEntry
	 * @generated
	 */
	public Adapter createEvaluationEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.CategoryComment <em>Category Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.CategoryComment
	 * @generated
	 */
	public Adapter createCategoryCommentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.CollaborativeWorkPlan <em>Collaborative Work Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.CollaborativeWorkPlan
	 * @generated
	 */
	public Adapter createCollaborativeWorkPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.DevelopmentPlanAnswer <em>Development Plan Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.DevelopmentPlanAnswer
	 * @generated
	 */
	public Adapter createDevelopmentPlanAnswerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.WorkPlanNeed <em>Work Plan Need</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.WorkPlanNeed
	 * @generated
	 */
	public Adapter createWorkPlanNeedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.WorkPlanStep <em>Work Plan Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.WorkPlanStep
	 * @generated
	 */
	public Adapter createWorkPlanStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.PlanOfAction <em>Plan Of Action</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.PlanOfAction
	 * @generated
	 */
	public Adapter createPlanOfActionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.Accommodation <em>Accommodation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.Accommodation
	 * @generated
	 */
	public Adapter createAccommodationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.RuleWaiver <em>Rule Waiver</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.RuleWaiver
	 * @generated
	 */
	public Adapter createRuleWaiverAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.Baseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.Baseline
	 * @generated
	 */
	public Adapter createBaselineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.TaskBaseline <em>Task Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.TaskBaseline
	 * @generated
	 */
	public Adapter createTaskBaselineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.BudgetYearBaseline <em>Budget Year Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.BudgetYearBaseline
	 * @generated
	 */
	public Adapter createBudgetYearBaselineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.FindingBaseline <em>Finding Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.FindingBaseline
	 * @generated
	 */
	public Adapter createFindingBaselineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //PeerPlanAdapterFactory
