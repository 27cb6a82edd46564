/**
 */
package org.peerplan.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.peerplan.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PeerPlanFactoryImpl extends EFactoryImpl implements PeerPlanFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static PeerPlanFactory init() {
		try {
			PeerPlanFactory thePeerPlanFactory = (PeerPlanFactory)EPackage.Registry.INSTANCE.getEFactory(PeerPlanPackage.eNS_URI);
			if (thePeerPlanFactory != null) {
				return thePeerPlanFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new PeerPlanFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PeerPlanFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case PeerPlanPackage.IMPLEMENTATION_PLAN: return createImplementationPlan();
			case PeerPlanPackage.AGENCY: return createAgency();
			case PeerPlanPackage.HOLIDAY: return createHoliday();
			case PeerPlanPackage.PROGRAM: return createProgram();
			case PeerPlanPackage.PERSON: return createPerson();
			case PeerPlanPackage.FUNDER_CONSTRAINT: return createFunderConstraint();
			case PeerPlanPackage.ADVISORY_BOARD: return createAdvisoryBoard();
			case PeerPlanPackage.READINESS_ASSESSMENT: return createReadinessAssessment();
			case PeerPlanPackage.RESPONDENT: return createRespondent();
			case PeerPlanPackage.QUIZ_ANSWER: return createQuizAnswer();
			case PeerPlanPackage.MOTIVATION_ANSWER: return createMotivationAnswer();
			case PeerPlanPackage.SURVEY_RESPONSE: return createSurveyResponse();
			case PeerPlanPackage.SURVEY_ANSWER: return createSurveyAnswer();
			case PeerPlanPackage.COMPETENCY_ASSESSMENT: return createCompetencyAssessment();
			case PeerPlanPackage.ASSESSMENT_ANSWER: return createAssessmentAnswer();
			case PeerPlanPackage.TIMELINE_BENCHMARK: return createTimelineBenchmark();
			case PeerPlanPackage.TIMELINE: return createTimeline();
			case PeerPlanPackage.STAGE: return createStage();
			case PeerPlanPackage.TASK: return createTask();
			case PeerPlanPackage.SPEED_UP_CHOICE: return createSpeedUpChoice();
			case PeerPlanPackage.POLICY_REVIEW: return createPolicyReview();
			case PeerPlanPackage.POLICY_FINDING: return createPolicyFinding();
			case PeerPlanPackage.POLICY: return createPolicy();
			case PeerPlanPackage.PLANNING_ITEM_STATUS: return createPlanningItemStatus();
			case PeerPlanPackage.RISK_FACTOR_MAPPING: return createRiskFactorMapping();
			case PeerPlanPackage.ROOT_CAUSE_ANALYSIS: return createRootCauseAnalysis();
			case PeerPlanPackage.CAUSE: return createCause();
			case PeerPlanPackage.WHY: return createWhy();
			case PeerPlanPackage.INTERVENTION: return createIntervention();
			case PeerPlanPackage.ACTION: return createAction();
			case PeerPlanPackage.PEER_ROLE: return createPeerRole();
			case PeerPlanPackage.DUTY: return createDuty();
			case PeerPlanPackage.CAREER_STEP: return createCareerStep();
			case PeerPlanPackage.JOB_DESCRIPTION: return createJobDescription();
			case PeerPlanPackage.RESPONSIBILITY: return createResponsibility();
			case PeerPlanPackage.QUALIFICATION: return createQualification();
			case PeerPlanPackage.INTERVIEW_PLAN: return createInterviewPlan();
			case PeerPlanPackage.INTERVIEW_QUESTION: return createInterviewQuestion();
			case PeerPlanPackage.BACKGROUND_CHECK: return createBackgroundCheck();
			case PeerPlanPackage.SUPERVISION_PLAN: return createSupervisionPlan();
			case PeerPlanPackage.PEER_INTERACTION_EVENT: return createPeerInteractionEvent();
			case PeerPlanPackage.SUPPORT_PROVISION: return createSupportProvision();
			case PeerPlanPackage.WELLBEING_PRACTICE: return createWellbeingPractice();
			case PeerPlanPackage.TRAINING_PLAN: return createTrainingPlan();
			case PeerPlanPackage.TRAINING_SESSION: return createTrainingSession();
			case PeerPlanPackage.BUDGET: return createBudget();
			case PeerPlanPackage.BUDGET_LINE: return createBudgetLine();
			case PeerPlanPackage.RISK: return createRisk();
			case PeerPlanPackage.POLICY_DECISION: return createPolicyDecision();
			case PeerPlanPackage.OUTCOME_MEASURE: return createOutcomeMeasure();
			case PeerPlanPackage.PERFORMANCE_MANAGEMENT: return createPerformanceManagement();
			case PeerPlanPackage.PERFORMANCE_EVALUATION: return createPerformanceEvaluation();
			case PeerPlanPackage.EVALUATION_ENTRY: return createEvaluationEntry();
			case PeerPlanPackage.CATEGORY_COMMENT: return createCategoryComment();
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN: return createCollaborativeWorkPlan();
			case PeerPlanPackage.DEVELOPMENT_PLAN_ANSWER: return createDevelopmentPlanAnswer();
			case PeerPlanPackage.WORK_PLAN_NEED: return createWorkPlanNeed();
			case PeerPlanPackage.WORK_PLAN_STEP: return createWorkPlanStep();
			case PeerPlanPackage.PLAN_OF_ACTION: return createPlanOfAction();
			case PeerPlanPackage.ACCOMMODATION: return createAccommodation();
			case PeerPlanPackage.RULE_WAIVER: return createRuleWaiver();
			case PeerPlanPackage.BASELINE: return createBaseline();
			case PeerPlanPackage.TASK_BASELINE: return createTaskBaseline();
			case PeerPlanPackage.BUDGET_YEAR_BASELINE: return createBudgetYearBaseline();
			case PeerPlanPackage.FINDING_BASELINE: return createFindingBaseline();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case PeerPlanPackage.STAFF_LEVEL:
				return createStaffLevelFromString(eDataType, initialValue);
			case PeerPlanPackage.QUIZ_ANSWER_VALUE:
				return createQuizAnswerValueFromString(eDataType, initialValue);
			case PeerPlanPackage.LIKERT_AGREEMENT:
				return createLikertAgreementFromString(eDataType, initialValue);
			case PeerPlanPackage.ASSESSMENT_ANSWER_VALUE:
				return createAssessmentAnswerValueFromString(eDataType, initialValue);
			case PeerPlanPackage.COMPETENCY_RATING:
				return createCompetencyRatingFromString(eDataType, initialValue);
			case PeerPlanPackage.TASK_STATUS:
				return createTaskStatusFromString(eDataType, initialValue);
			case PeerPlanPackage.FINDING_STATUS:
				return createFindingStatusFromString(eDataType, initialValue);
			case PeerPlanPackage.PLANNING_STATUS:
				return createPlanningStatusFromString(eDataType, initialValue);
			case PeerPlanPackage.ROOT_CAUSE_CATEGORY:
				return createRootCauseCategoryFromString(eDataType, initialValue);
			case PeerPlanPackage.ACTION_STATUS:
				return createActionStatusFromString(eDataType, initialValue);
			case PeerPlanPackage.PEER_WORKER_TYPE:
				return createPeerWorkerTypeFromString(eDataType, initialValue);
			case PeerPlanPackage.PAY_PATTERN:
				return createPayPatternFromString(eDataType, initialValue);
			case PeerPlanPackage.PEER_SUPERVISOR_SOURCE:
				return createPeerSupervisorSourceFromString(eDataType, initialValue);
			case PeerPlanPackage.CHECK_IN_FREQUENCY:
				return createCheckInFrequencyFromString(eDataType, initialValue);
			case PeerPlanPackage.EVENT_FREQUENCY:
				return createEventFrequencyFromString(eDataType, initialValue);
			case PeerPlanPackage.RISK_LEVEL:
				return createRiskLevelFromString(eDataType, initialValue);
			case PeerPlanPackage.RISK_KIND:
				return createRiskKindFromString(eDataType, initialValue);
			case PeerPlanPackage.BUDGET_CATEGORY:
				return createBudgetCategoryFromString(eDataType, initialValue);
			case PeerPlanPackage.DECISION_TOPIC:
				return createDecisionTopicFromString(eDataType, initialValue);
			case PeerPlanPackage.SUPPORT_TRIGGER:
				return createSupportTriggerFromString(eDataType, initialValue);
			case PeerPlanPackage.WELLBEING_PRACTICE_KIND:
				return createWellbeingPracticeKindFromString(eDataType, initialValue);
			case PeerPlanPackage.INTERVIEW_QUESTION_BANK:
				return createInterviewQuestionBankFromString(eDataType, initialValue);
			case PeerPlanPackage.EVALUATION_RATING:
				return createEvaluationRatingFromString(eDataType, initialValue);
			case PeerPlanPackage.WORK_PLAN_NEED_TYPE:
				return createWorkPlanNeedTypeFromString(eDataType, initialValue);
			case PeerPlanPackage.WORK_PLAN_PARTY:
				return createWorkPlanPartyFromString(eDataType, initialValue);
			case PeerPlanPackage.PLAN_OF_ACTION_OUTCOME:
				return createPlanOfActionOutcomeFromString(eDataType, initialValue);
			case PeerPlanPackage.YES_NO:
				return createYesNoFromString(eDataType, initialValue);
			case PeerPlanPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case PeerPlanPackage.STAFF_LEVEL:
				return convertStaffLevelToString(eDataType, instanceValue);
			case PeerPlanPackage.QUIZ_ANSWER_VALUE:
				return convertQuizAnswerValueToString(eDataType, instanceValue);
			case PeerPlanPackage.LIKERT_AGREEMENT:
				return convertLikertAgreementToString(eDataType, instanceValue);
			case PeerPlanPackage.ASSESSMENT_ANSWER_VALUE:
				return convertAssessmentAnswerValueToString(eDataType, instanceValue);
			case PeerPlanPackage.COMPETENCY_RATING:
				return convertCompetencyRatingToString(eDataType, instanceValue);
			case PeerPlanPackage.TASK_STATUS:
				return convertTaskStatusToString(eDataType, instanceValue);
			case PeerPlanPackage.FINDING_STATUS:
				return convertFindingStatusToString(eDataType, instanceValue);
			case PeerPlanPackage.PLANNING_STATUS:
				return convertPlanningStatusToString(eDataType, instanceValue);
			case PeerPlanPackage.ROOT_CAUSE_CATEGORY:
				return convertRootCauseCategoryToString(eDataType, instanceValue);
			case PeerPlanPackage.ACTION_STATUS:
				return convertActionStatusToString(eDataType, instanceValue);
			case PeerPlanPackage.PEER_WORKER_TYPE:
				return convertPeerWorkerTypeToString(eDataType, instanceValue);
			case PeerPlanPackage.PAY_PATTERN:
				return convertPayPatternToString(eDataType, instanceValue);
			case PeerPlanPackage.PEER_SUPERVISOR_SOURCE:
				return convertPeerSupervisorSourceToString(eDataType, instanceValue);
			case PeerPlanPackage.CHECK_IN_FREQUENCY:
				return convertCheckInFrequencyToString(eDataType, instanceValue);
			case PeerPlanPackage.EVENT_FREQUENCY:
				return convertEventFrequencyToString(eDataType, instanceValue);
			case PeerPlanPackage.RISK_LEVEL:
				return convertRiskLevelToString(eDataType, instanceValue);
			case PeerPlanPackage.RISK_KIND:
				return convertRiskKindToString(eDataType, instanceValue);
			case PeerPlanPackage.BUDGET_CATEGORY:
				return convertBudgetCategoryToString(eDataType, instanceValue);
			case PeerPlanPackage.DECISION_TOPIC:
				return convertDecisionTopicToString(eDataType, instanceValue);
			case PeerPlanPackage.SUPPORT_TRIGGER:
				return convertSupportTriggerToString(eDataType, instanceValue);
			case PeerPlanPackage.WELLBEING_PRACTICE_KIND:
				return convertWellbeingPracticeKindToString(eDataType, instanceValue);
			case PeerPlanPackage.INTERVIEW_QUESTION_BANK:
				return convertInterviewQuestionBankToString(eDataType, instanceValue);
			case PeerPlanPackage.EVALUATION_RATING:
				return convertEvaluationRatingToString(eDataType, instanceValue);
			case PeerPlanPackage.WORK_PLAN_NEED_TYPE:
				return convertWorkPlanNeedTypeToString(eDataType, instanceValue);
			case PeerPlanPackage.WORK_PLAN_PARTY:
				return convertWorkPlanPartyToString(eDataType, instanceValue);
			case PeerPlanPackage.PLAN_OF_ACTION_OUTCOME:
				return convertPlanOfActionOutcomeToString(eDataType, instanceValue);
			case PeerPlanPackage.YES_NO:
				return convertYesNoToString(eDataType, instanceValue);
			case PeerPlanPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImplementationPlan createImplementationPlan() {
		ImplementationPlanImpl implementationPlan = new ImplementationPlanImpl();
		return implementationPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Agency createAgency() {
		AgencyImpl agency = new AgencyImpl();
		return agency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Holiday createHoliday() {
		HolidayImpl holiday = new HolidayImpl();
		return holiday;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Program createProgram() {
		ProgramImpl program = new ProgramImpl();
		return program;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person createPerson() {
		PersonImpl person = new PersonImpl();
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FunderConstraint createFunderConstraint() {
		FunderConstraintImpl funderConstraint = new FunderConstraintImpl();
		return funderConstraint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdvisoryBoard createAdvisoryBoard() {
		AdvisoryBoardImpl advisoryBoard = new AdvisoryBoardImpl();
		return advisoryBoard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReadinessAssessment createReadinessAssessment() {
		ReadinessAssessmentImpl readinessAssessment = new ReadinessAssessmentImpl();
		return readinessAssessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Respondent createRespondent() {
		RespondentImpl respondent = new RespondentImpl();
		return respondent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuizAnswer createQuizAnswer() {
		QuizAnswerImpl quizAnswer = new QuizAnswerImpl();
		return quizAnswer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MotivationAnswer createMotivationAnswer() {
		MotivationAnswerImpl motivationAnswer = new MotivationAnswerImpl();
		return motivationAnswer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SurveyResponse createSurveyResponse() {
		SurveyResponseImpl surveyResponse = new SurveyResponseImpl();
		return surveyResponse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SurveyAnswer createSurveyAnswer() {
		SurveyAnswerImpl surveyAnswer = new SurveyAnswerImpl();
		return surveyAnswer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CompetencyAssessment createCompetencyAssessment() {
		CompetencyAssessmentImpl competencyAssessment = new CompetencyAssessmentImpl();
		return competencyAssessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssessmentAnswer createAssessmentAnswer() {
		AssessmentAnswerImpl assessmentAnswer = new AssessmentAnswerImpl();
		return assessmentAnswer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimelineBenchmark createTimelineBenchmark() {
		TimelineBenchmarkImpl timelineBenchmark = new TimelineBenchmarkImpl();
		return timelineBenchmark;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Timeline createTimeline() {
		TimelineImpl timeline = new TimelineImpl();
		return timeline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stage createStage() {
		StageImpl stage = new StageImpl();
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Task createTask() {
		TaskImpl task = new TaskImpl();
		return task;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpeedUpChoice createSpeedUpChoice() {
		SpeedUpChoiceImpl speedUpChoice = new SpeedUpChoiceImpl();
		return speedUpChoice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyReview createPolicyReview() {
		PolicyReviewImpl policyReview = new PolicyReviewImpl();
		return policyReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyFinding createPolicyFinding() {
		PolicyFindingImpl policyFinding = new PolicyFindingImpl();
		return policyFinding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Policy createPolicy() {
		PolicyImpl policy = new PolicyImpl();
		return policy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanningItemStatus createPlanningItemStatus() {
		PlanningItemStatusImpl planningItemStatus = new PlanningItemStatusImpl();
		return planningItemStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RiskFactorMapping createRiskFactorMapping() {
		RiskFactorMappingImpl riskFactorMapping = new RiskFactorMappingImpl();
		return riskFactorMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RootCauseAnalysis createRootCauseAnalysis() {
		RootCauseAnalysisImpl rootCauseAnalysis = new RootCauseAnalysisImpl();
		return rootCauseAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cause createCause() {
		CauseImpl cause = new CauseImpl();
		return cause;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Why createWhy() {
		WhyImpl why = new WhyImpl();
		return why;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Intervention createIntervention() {
		InterventionImpl intervention = new InterventionImpl();
		return intervention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Action createAction() {
		ActionImpl action = new ActionImpl();
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PeerRole createPeerRole() {
		PeerRoleImpl peerRole = new PeerRoleImpl();
		return peerRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Duty createDuty() {
		DutyImpl duty = new DutyImpl();
		return duty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CareerStep createCareerStep() {
		CareerStepImpl careerStep = new CareerStepImpl();
		return careerStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JobDescription createJobDescription() {
		JobDescriptionImpl jobDescription = new JobDescriptionImpl();
		return jobDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Responsibility createResponsibility() {
		ResponsibilityImpl responsibility = new ResponsibilityImpl();
		return responsibility;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Qualification createQualification() {
		QualificationImpl qualification = new QualificationImpl();
		return qualification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterviewPlan createInterviewPlan() {
		InterviewPlanImpl interviewPlan = new InterviewPlanImpl();
		return interviewPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterviewQuestion createInterviewQuestion() {
		InterviewQuestionImpl interviewQuestion = new InterviewQuestionImpl();
		return interviewQuestion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BackgroundCheck createBackgroundCheck() {
		BackgroundCheckImpl backgroundCheck = new BackgroundCheckImpl();
		return backgroundCheck;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupervisionPlan createSupervisionPlan() {
		SupervisionPlanImpl supervisionPlan = new SupervisionPlanImpl();
		return supervisionPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PeerInteractionEvent createPeerInteractionEvent() {
		PeerInteractionEventImpl peerInteractionEvent = new PeerInteractionEventImpl();
		return peerInteractionEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupportProvision createSupportProvision() {
		SupportProvisionImpl supportProvision = new SupportProvisionImpl();
		return supportProvision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WellbeingPractice createWellbeingPractice() {
		WellbeingPracticeImpl wellbeingPractice = new WellbeingPracticeImpl();
		return wellbeingPractice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingPlan createTrainingPlan() {
		TrainingPlanImpl trainingPlan = new TrainingPlanImpl();
		return trainingPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingSession createTrainingSession() {
		TrainingSessionImpl trainingSession = new TrainingSessionImpl();
		return trainingSession;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Budget createBudget() {
		BudgetImpl budget = new BudgetImpl();
		return budget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BudgetLine createBudgetLine() {
		BudgetLineImpl budgetLine = new BudgetLineImpl();
		return budgetLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Risk createRisk() {
		RiskImpl risk = new RiskImpl();
		return risk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyDecision createPolicyDecision() {
		PolicyDecisionImpl policyDecision = new PolicyDecisionImpl();
		return policyDecision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutcomeMeasure createOutcomeMeasure() {
		OutcomeMeasureImpl outcomeMeasure = new OutcomeMeasureImpl();
		return outcomeMeasure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PerformanceManagement createPerformanceManagement() {
		PerformanceManagementImpl performanceManagement = new PerformanceManagementImpl();
		return performanceManagement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PerformanceEvaluation createPerformanceEvaluation() {
		PerformanceEvaluationImpl performanceEvaluation = new PerformanceEvaluationImpl();
		return performanceEvaluation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvaluationEntry createEvaluationEntry() {
		EvaluationEntryImpl evaluationEntry = new EvaluationEntryImpl();
		return evaluationEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CategoryComment createCategoryComment() {
		CategoryCommentImpl categoryComment = new CategoryCommentImpl();
		return categoryComment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CollaborativeWorkPlan createCollaborativeWorkPlan() {
		CollaborativeWorkPlanImpl collaborativeWorkPlan = new CollaborativeWorkPlanImpl();
		return collaborativeWorkPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DevelopmentPlanAnswer createDevelopmentPlanAnswer() {
		DevelopmentPlanAnswerImpl developmentPlanAnswer = new DevelopmentPlanAnswerImpl();
		return developmentPlanAnswer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkPlanNeed createWorkPlanNeed() {
		WorkPlanNeedImpl workPlanNeed = new WorkPlanNeedImpl();
		return workPlanNeed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkPlanStep createWorkPlanStep() {
		WorkPlanStepImpl workPlanStep = new WorkPlanStepImpl();
		return workPlanStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanOfAction createPlanOfAction() {
		PlanOfActionImpl planOfAction = new PlanOfActionImpl();
		return planOfAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Accommodation createAccommodation() {
		AccommodationImpl accommodation = new AccommodationImpl();
		return accommodation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuleWaiver createRuleWaiver() {
		RuleWaiverImpl ruleWaiver = new RuleWaiverImpl();
		return ruleWaiver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Baseline createBaseline() {
		BaselineImpl baseline = new BaselineImpl();
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaskBaseline createTaskBaseline() {
		TaskBaselineImpl taskBaseline = new TaskBaselineImpl();
		return taskBaseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BudgetYearBaseline createBudgetYearBaseline() {
		BudgetYearBaselineImpl budgetYearBaseline = new BudgetYearBaselineImpl();
		return budgetYearBaseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FindingBaseline createFindingBaseline() {
		FindingBaselineImpl findingBaseline = new FindingBaselineImpl();
		return findingBaseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StaffLevel createStaffLevelFromString(EDataType eDataType, String initialValue) {
		StaffLevel result = StaffLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStaffLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public QuizAnswerValue createQuizAnswerValueFromString(EDataType eDataType, String initialValue) {
		QuizAnswerValue result = QuizAnswerValue.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertQuizAnswerValueToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LikertAgreement createLikertAgreementFromString(EDataType eDataType, String initialValue) {
		LikertAgreement result = LikertAgreement.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLikertAgreementToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssessmentAnswerValue createAssessmentAnswerValueFromString(EDataType eDataType, String initialValue) {
		AssessmentAnswerValue result = AssessmentAnswerValue.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssessmentAnswerValueToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CompetencyRating createCompetencyRatingFromString(EDataType eDataType, String initialValue) {
		CompetencyRating result = CompetencyRating.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCompetencyRatingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TaskStatus createTaskStatusFromString(EDataType eDataType, String initialValue) {
		TaskStatus result = TaskStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTaskStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FindingStatus createFindingStatusFromString(EDataType eDataType, String initialValue) {
		FindingStatus result = FindingStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFindingStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanningStatus createPlanningStatusFromString(EDataType eDataType, String initialValue) {
		PlanningStatus result = PlanningStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlanningStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RootCauseCategory createRootCauseCategoryFromString(EDataType eDataType, String initialValue) {
		RootCauseCategory result = RootCauseCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRootCauseCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActionStatus createActionStatusFromString(EDataType eDataType, String initialValue) {
		ActionStatus result = ActionStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActionStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PeerWorkerType createPeerWorkerTypeFromString(EDataType eDataType, String initialValue) {
		PeerWorkerType result = PeerWorkerType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPeerWorkerTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PayPattern createPayPatternFromString(EDataType eDataType, String initialValue) {
		PayPattern result = PayPattern.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPayPatternToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PeerSupervisorSource createPeerSupervisorSourceFromString(EDataType eDataType, String initialValue) {
		PeerSupervisorSource result = PeerSupervisorSource.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPeerSupervisorSourceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CheckInFrequency createCheckInFrequencyFromString(EDataType eDataType, String initialValue) {
		CheckInFrequency result = CheckInFrequency.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCheckInFrequencyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EventFrequency createEventFrequencyFromString(EDataType eDataType, String initialValue) {
		EventFrequency result = EventFrequency.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEventFrequencyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RiskLevel createRiskLevelFromString(EDataType eDataType, String initialValue) {
		RiskLevel result = RiskLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRiskLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RiskKind createRiskKindFromString(EDataType eDataType, String initialValue) {
		RiskKind result = RiskKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRiskKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BudgetCategory createBudgetCategoryFromString(EDataType eDataType, String initialValue) {
		BudgetCategory result = BudgetCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBudgetCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DecisionTopic createDecisionTopicFromString(EDataType eDataType, String initialValue) {
		DecisionTopic result = DecisionTopic.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDecisionTopicToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SupportTrigger createSupportTriggerFromString(EDataType eDataType, String initialValue) {
		SupportTrigger result = SupportTrigger.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSupportTriggerToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WellbeingPracticeKind createWellbeingPracticeKindFromString(EDataType eDataType, String initialValue) {
		WellbeingPracticeKind result = WellbeingPracticeKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWellbeingPracticeKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InterviewQuestionBank createInterviewQuestionBankFromString(EDataType eDataType, String initialValue) {
		InterviewQuestionBank result = InterviewQuestionBank.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterviewQuestionBankToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvaluationRating createEvaluationRatingFromString(EDataType eDataType, String initialValue) {
		EvaluationRating result = EvaluationRating.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEvaluationRatingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkPlanNeedType createWorkPlanNeedTypeFromString(EDataType eDataType, String initialValue) {
		WorkPlanNeedType result = WorkPlanNeedType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWorkPlanNeedTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkPlanParty createWorkPlanPartyFromString(EDataType eDataType, String initialValue) {
		WorkPlanParty result = WorkPlanParty.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWorkPlanPartyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanOfActionOutcome createPlanOfActionOutcomeFromString(EDataType eDataType, String initialValue) {
		PlanOfActionOutcome result = PlanOfActionOutcome.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlanOfActionOutcomeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public YesNo createYesNoFromString(EDataType eDataType, String initialValue) {
		YesNo result = YesNo.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertYesNoToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return it == null ? null : java.time.LocalDate.parse(it.trim());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PeerPlanPackage getPeerPlanPackage() {
		return (PeerPlanPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static PeerPlanPackage getPackage() {
		return PeerPlanPackage.eINSTANCE;
	}

} //PeerPlanFactoryImpl
