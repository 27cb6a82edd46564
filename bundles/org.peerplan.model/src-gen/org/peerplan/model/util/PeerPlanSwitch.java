/**
 */
package org.peerplan.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.peerplan.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.PeerPlanPackage
 * @generated
 */
public class PeerPlanSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static PeerPlanPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PeerPlanSwitch() {
		if (modelPackage == null) {
			modelPackage = PeerPlanPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case PeerPlanPackage.IMPLEMENTATION_PLAN: {
				ImplementationPlan implementationPlan = (ImplementationPlan)theEObject;
				T result = caseImplementationPlan(implementationPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.AGENCY: {
				Agency agency = (Agency)theEObject;
				T result = caseAgency(agency);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.HOLIDAY: {
				Holiday holiday = (Holiday)theEObject;
				T result = caseHoliday(holiday);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.PROGRAM: {
				Program program = (Program)theEObject;
				T result = caseProgram(program);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.PERSON: {
				Person person = (Person)theEObject;
				T result = casePerson(person);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.FUNDER_CONSTRAINT: {
				FunderConstraint funderConstraint = (FunderConstraint)theEObject;
				T result = caseFunderConstraint(funderConstraint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.ADVISORY_BOARD: {
				AdvisoryBoard advisoryBoard = (AdvisoryBoard)theEObject;
				T result = caseAdvisoryBoard(advisoryBoard);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.READINESS_ASSESSMENT: {
				ReadinessAssessment readinessAssessment = (ReadinessAssessment)theEObject;
				T result = caseReadinessAssessment(readinessAssessment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.RESPONDENT: {
				Respondent respondent = (Respondent)theEObject;
				T result = caseRespondent(respondent);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.QUIZ_ANSWER: {
				QuizAnswer quizAnswer = (QuizAnswer)theEObject;
				T result = caseQuizAnswer(quizAnswer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.MOTIVATION_ANSWER: {
				MotivationAnswer motivationAnswer = (MotivationAnswer)theEObject;
				T result = caseMotivationAnswer(motivationAnswer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.SURVEY_RESPONSE: {
				SurveyResponse surveyResponse = (SurveyResponse)theEObject;
				T result = caseSurveyResponse(surveyResponse);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.SURVEY_ANSWER: {
				SurveyAnswer surveyAnswer = (SurveyAnswer)theEObject;
				T result = caseSurveyAnswer(surveyAnswer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.COMPETENCY_ASSESSMENT: {
				CompetencyAssessment competencyAssessment = (CompetencyAssessment)theEObject;
				T result = caseCompetencyAssessment(competencyAssessment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.ASSESSMENT_ANSWER: {
				AssessmentAnswer assessmentAnswer = (AssessmentAnswer)theEObject;
				T result = caseAssessmentAnswer(assessmentAnswer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.TIMELINE_BENCHMARK: {
				TimelineBenchmark timelineBenchmark = (TimelineBenchmark)theEObject;
				T result = caseTimelineBenchmark(timelineBenchmark);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.TIMELINE: {
				Timeline timeline = (Timeline)theEObject;
				T result = caseTimeline(timeline);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.STAGE: {
				Stage stage = (Stage)theEObject;
				T result = caseStage(stage);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.TASK: {
				Task task = (Task)theEObject;
				T result = caseTask(task);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.SPEED_UP_CHOICE: {
				SpeedUpChoice speedUpChoice = (SpeedUpChoice)theEObject;
				T result = caseSpeedUpChoice(speedUpChoice);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.POLICY_REVIEW: {
				PolicyReview policyReview = (PolicyReview)theEObject;
				T result = casePolicyReview(policyReview);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.POLICY_FINDING: {
				PolicyFinding policyFinding = (PolicyFinding)theEObject;
				T result = casePolicyFinding(policyFinding);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.POLICY: {
				Policy policy = (Policy)theEObject;
				T result = casePolicy(policy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.PLANNING_ITEM_STATUS: {
				PlanningItemStatus planningItemStatus = (PlanningItemStatus)theEObject;
				T result = casePlanningItemStatus(planningItemStatus);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.RISK_FACTOR_MAPPING: {
				RiskFactorMapping riskFactorMapping = (RiskFactorMapping)theEObject;
				T result = caseRiskFactorMapping(riskFactorMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.ROOT_CAUSE_ANALYSIS: {
				RootCauseAnalysis rootCauseAnalysis = (RootCauseAnalysis)theEObject;
				T result = caseRootCauseAnalysis(rootCauseAnalysis);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.CAUSE: {
				Cause cause = (Cause)theEObject;
				T result = caseCause(cause);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.WHY: {
				Why why = (Why)theEObject;
				T result = caseWhy(why);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.INTERVENTION: {
				Intervention intervention = (Intervention)theEObject;
				T result = caseIntervention(intervention);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.ACTION: {
				Action action = (Action)theEObject;
				T result = caseAction(action);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.PEER_ROLE: {
				PeerRole peerRole = (PeerRole)theEObject;
				T result = casePeerRole(peerRole);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.DUTY: {
				Duty duty = (Duty)theEObject;
				T result = caseDuty(duty);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.CAREER_STEP: {
				CareerStep careerStep = (CareerStep)theEObject;
				T result = caseCareerStep(careerStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.JOB_DESCRIPTION: {
				JobDescription jobDescription = (JobDescription)theEObject;
				T result = caseJobDescription(jobDescription);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.RESPONSIBILITY: {
				Responsibility responsibility = (Responsibility)theEObject;
				T result = caseResponsibility(responsibility);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.QUALIFICATION: {
				Qualification qualification = (Qualification)theEObject;
				T result = caseQualification(qualification);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.INTERVIEW_PLAN: {
				InterviewPlan interviewPlan = (InterviewPlan)theEObject;
				T result = caseInterviewPlan(interviewPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.INTERVIEW_QUESTION: {
				InterviewQuestion interviewQuestion = (InterviewQuestion)theEObject;
				T result = caseInterviewQuestion(interviewQuestion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.BACKGROUND_CHECK: {
				BackgroundCheck backgroundCheck = (BackgroundCheck)theEObject;
				T result = caseBackgroundCheck(backgroundCheck);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.SUPERVISION_PLAN: {
				SupervisionPlan supervisionPlan = (SupervisionPlan)theEObject;
				T result = caseSupervisionPlan(supervisionPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.PEER_INTERACTION_EVENT: {
				PeerInteractionEvent peerInteractionEvent = (PeerInteractionEvent)theEObject;
				T result = casePeerInteractionEvent(peerInteractionEvent);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.SUPPORT_PROVISION: {
				SupportProvision supportProvision = (SupportProvision)theEObject;
				T result = caseSupportProvision(supportProvision);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.WELLBEING_PRACTICE: {
				WellbeingPractice wellbeingPractice = (WellbeingPractice)theEObject;
				T result = caseWellbeingPractice(wellbeingPractice);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.TRAINING_PLAN: {
				TrainingPlan trainingPlan = (TrainingPlan)theEObject;
				T result = caseTrainingPlan(trainingPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.TRAINING_SESSION: {
				TrainingSession trainingSession = (TrainingSession)theEObject;
				T result = caseTrainingSession(trainingSession);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.BUDGET: {
				Budget budget = (Budget)theEObject;
				T result = caseBudget(budget);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.BUDGET_LINE: {
				BudgetLine budgetLine = (BudgetLine)theEObject;
				T result = caseBudgetLine(budgetLine);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.RISK: {
				Risk risk = (Risk)theEObject;
				T result = caseRisk(risk);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.POLICY_DECISION: {
				PolicyDecision policyDecision = (PolicyDecision)theEObject;
				T result = casePolicyDecision(policyDecision);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.OUTCOME_MEASURE: {
				OutcomeMeasure outcomeMeasure = (OutcomeMeasure)theEObject;
				T result = caseOutcomeMeasure(outcomeMeasure);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.PERFORMANCE_MANAGEMENT: {
				PerformanceManagement performanceManagement = (PerformanceManagement)theEObject;
				T result = casePerformanceManagement(performanceManagement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.PERFORMANCE_EVALUATION: {
				PerformanceEvaluation performanceEvaluation = (PerformanceEvaluation)theEObject;
				T result = casePerformanceEvaluation(performanceEvaluation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.EVALUATION_ENTRY: {
				EvaluationEntry evaluationEntry = (EvaluationEntry)theEObject;
				T result = caseEvaluationEntry(evaluationEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.CATEGORY_COMMENT: {
				CategoryComment categoryComment = (CategoryComment)theEObject;
				T result = caseCategoryComment(categoryComment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN: {
				CollaborativeWorkPlan collaborativeWorkPlan = (CollaborativeWorkPlan)theEObject;
				T result = caseCollaborativeWorkPlan(collaborativeWorkPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.DEVELOPMENT_PLAN_ANSWER: {
				DevelopmentPlanAnswer developmentPlanAnswer = (DevelopmentPlanAnswer)theEObject;
				T result = caseDevelopmentPlanAnswer(developmentPlanAnswer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.WORK_PLAN_NEED: {
				WorkPlanNeed workPlanNeed = (WorkPlanNeed)theEObject;
				T result = caseWorkPlanNeed(workPlanNeed);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.WORK_PLAN_STEP: {
				WorkPlanStep workPlanStep = (WorkPlanStep)theEObject;
				T result = caseWorkPlanStep(workPlanStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.PLAN_OF_ACTION: {
				PlanOfAction planOfAction = (PlanOfAction)theEObject;
				T result = casePlanOfAction(planOfAction);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.ACCOMMODATION: {
				Accommodation accommodation = (Accommodation)theEObject;
				T result = caseAccommodation(accommodation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.RULE_WAIVER: {
				RuleWaiver ruleWaiver = (RuleWaiver)theEObject;
				T result = caseRuleWaiver(ruleWaiver);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.BASELINE: {
				Baseline baseline = (Baseline)theEObject;
				T result = caseBaseline(baseline);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.TASK_BASELINE: {
				TaskBaseline taskBaseline = (TaskBaseline)theEObject;
				T result = caseTaskBaseline(taskBaseline);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.BUDGET_YEAR_BASELINE: {
				BudgetYearBaseline budgetYearBaseline = (BudgetYearBaseline)theEObject;
				T result = caseBudgetYearBaseline(budgetYearBaseline);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PeerPlanPackage.FINDING_BASELINE: {
				FindingBaseline findingBaseline = (FindingBaseline)theEObject;
				T result = caseFindingBaseline(findingBaseline);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Implementation Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Implementation Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseImplementationPlan(ImplementationPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Agency</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Agency</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAgency(Agency object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Holiday</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Holiday</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHoliday(Holiday object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Program</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Program</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProgram(Program object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Person</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Person</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePerson(Person object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Funder Constraint</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Funder Constraint</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFunderConstraint(FunderConstraint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Advisory Board</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Advisory Board</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAdvisoryBoard(AdvisoryBoard object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Readiness Assessment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Readiness Assessment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReadinessAssessment(ReadinessAssessment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Respondent</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Respondent</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRespondent(Respondent object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Quiz Answer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Quiz Answer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseQuizAnswer(QuizAnswer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Motivation Answer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Motivation Answer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMotivationAnswer(MotivationAnswer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Survey Response</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Survey Response</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSurveyResponse(SurveyResponse object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Survey Answer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Survey Answer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSurveyAnswer(SurveyAnswer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Competency Assessment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Competency Assessment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCompetencyAssessment(CompetencyAssessment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Assessment Answer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Assessment Answer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAssessmentAnswer(AssessmentAnswer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Timeline Benchmark</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Timeline Benchmark</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTimelineBenchmark(TimelineBenchmark object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Timeline</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Timeline</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTimeline(Timeline object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Stage</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Stage</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStage(Stage object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Task</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Task</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTask(Task object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Speed Up Choice</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Speed Up Choice</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSpeedUpChoice(SpeedUpChoice object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Policy Review</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Policy Review</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePolicyReview(PolicyReview object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Policy Finding</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Policy Finding</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePolicyFinding(PolicyFinding object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Policy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Policy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePolicy(Policy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Planning Item Status</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Planning Item Status</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanningItemStatus(PlanningItemStatus object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Risk Factor Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Risk Factor Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRiskFactorMapping(RiskFactorMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Root Cause Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Root Cause Analysis</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRootCauseAnalysis(RootCauseAnalysis object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cause</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cause</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCause(Cause object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Why</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Why</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWhy(Why object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Intervention</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Intervention</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIntervention(Intervention object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Action</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Action</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAction(Action object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Peer Role</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Peer Role</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePeerRole(PeerRole object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Duty</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Duty</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDuty(Duty object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Career Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Career Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCareerStep(CareerStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Job Description</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Job Description</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseJobDescription(JobDescription object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Responsibility</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Responsibility</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseResponsibility(Responsibility object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Qualification</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Qualification</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseQualification(Qualification object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interview Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interview Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterviewPlan(InterviewPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interview Question</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interview Question</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterviewQuestion(InterviewQuestion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Background Check</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Background Check</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBackgroundCheck(BackgroundCheck object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Supervision Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Supervision Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSupervisionPlan(SupervisionPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Peer Interaction Event</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Peer Interaction Event</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePeerInteractionEvent(PeerInteractionEvent object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Support Provision</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Support Provision</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSupportProvision(SupportProvision object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Wellbeing Practice</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Wellbeing Practice</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWellbeingPractice(WellbeingPractice object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Training Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Training Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTrainingPlan(TrainingPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Training Session</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Training Session</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTrainingSession(TrainingSession object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Budget</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Budget</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBudget(Budget object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Budget Line</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Budget Line</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBudgetLine(BudgetLine object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Risk</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Risk</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRisk(Risk object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Policy Decision</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Policy Decision</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePolicyDecision(PolicyDecision object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Outcome Measure</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Outcome Measure</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOutcomeMeasure(OutcomeMeasure object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Performance Management</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Performance Management</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePerformanceManagement(PerformanceManagement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Performance Evaluation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Performance Evaluation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePerformanceEvaluation(PerformanceEvaluation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Evaluation Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Evaluation Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEvaluationEntry(EvaluationEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Category Comment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Category Comment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCategoryComment(CategoryComment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Collaborative Work Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Collaborative Work Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCollaborativeWorkPlan(CollaborativeWorkPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Development Plan Answer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Development Plan Answer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDevelopmentPlanAnswer(DevelopmentPlanAnswer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Work Plan Need</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Work Plan Need</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWorkPlanNeed(WorkPlanNeed object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Work Plan Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Work Plan Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWorkPlanStep(WorkPlanStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Plan Of Action</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Plan Of Action</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanOfAction(PlanOfAction object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Accommodation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Accommodation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAccommodation(Accommodation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rule Waiver</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rule Waiver</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRuleWaiver(RuleWaiver object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Baseline</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Baseline</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBaseline(Baseline object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Task Baseline</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Task Baseline</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTaskBaseline(TaskBaseline object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Budget Year Baseline</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Budget Year Baseline</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBudgetYearBaseline(BudgetYearBaseline object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Finding Baseline</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Finding Baseline</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFindingBaseline(FindingBaseline object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //PeerPlanSwitch
