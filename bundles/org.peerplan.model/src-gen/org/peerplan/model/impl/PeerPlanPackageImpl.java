/**
 */
package org.peerplan.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.peerplan.model.Accommodation;
import org.peerplan.model.Action;
import org.peerplan.model.ActionStatus;
import org.peerplan.model.AdvisoryBoard;
import org.peerplan.model.Agency;
import org.peerplan.model.AssessmentAnswer;
import org.peerplan.model.AssessmentAnswerValue;
import org.peerplan.model.BackgroundCheck;
import org.peerplan.model.Baseline;
import org.peerplan.model.Budget;
import org.peerplan.model.BudgetCategory;
import org.peerplan.model.BudgetLine;
import org.peerplan.model.BudgetYearBaseline;
import org.peerplan.model.CareerStep;
import org.peerplan.model.CategoryComment;
import org.peerplan.model.Cause;
import org.peerplan.model.CheckInFrequency;
import org.peerplan.model.CollaborativeWorkPlan;
import org.peerplan.model.CompetencyAssessment;
import org.peerplan.model.CompetencyRating;
import org.peerplan.model.DecisionTopic;
import org.peerplan.model.DevelopmentPlanAnswer;
import org.peerplan.model.Duty;
import org.peerplan.model.EvaluationEntry;
import org.peerplan.model.EvaluationRating;
import org.peerplan.model.EventFrequency;
import org.peerplan.model.FindingBaseline;
import org.peerplan.model.FindingStatus;
import org.peerplan.model.FunderConstraint;
import org.peerplan.model.Holiday;
import org.peerplan.model.ImplementationPlan;
import org.peerplan.model.Intervention;
import org.peerplan.model.InterviewPlan;
import org.peerplan.model.InterviewQuestion;
import org.peerplan.model.InterviewQuestionBank;
import org.peerplan.model.JobDescription;
import org.peerplan.model.LikertAgreement;
import org.peerplan.model.MotivationAnswer;
import org.peerplan.model.OutcomeMeasure;
import org.peerplan.model.PayPattern;
import org.peerplan.model.PeerInteractionEvent;
import org.peerplan.model.PeerPlanFactory;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.PeerRole;
import org.peerplan.model.PeerSupervisorSource;
import org.peerplan.model.PeerWorkerType;
import org.peerplan.model.PerformanceEvaluation;
import org.peerplan.model.PerformanceManagement;
import org.peerplan.model.Person;
import org.peerplan.model.PlanOfAction;
import org.peerplan.model.PlanOfActionOutcome;
import org.peerplan.model.PlanningItemStatus;
import org.peerplan.model.PlanningStatus;
import org.peerplan.model.Policy;
import org.peerplan.model.PolicyDecision;
import org.peerplan.model.PolicyFinding;
import org.peerplan.model.PolicyReview;
import org.peerplan.model.Program;
import org.peerplan.model.Qualification;
import org.peerplan.model.QuizAnswer;
import org.peerplan.model.QuizAnswerValue;
import org.peerplan.model.ReadinessAssessment;
import org.peerplan.model.Respondent;
import org.peerplan.model.Responsibility;
import org.peerplan.model.Risk;
import org.peerplan.model.RiskFactorMapping;
import org.peerplan.model.RiskKind;
import org.peerplan.model.RiskLevel;
import org.peerplan.model.RootCauseAnalysis;
import org.peerplan.model.RootCauseCategory;
import org.peerplan.model.RuleWaiver;
import org.peerplan.model.SpeedUpChoice;
import org.peerplan.model.StaffLevel;
import org.peerplan.model.Stage;
import org.peerplan.model.SupervisionPlan;
import org.peerplan.model.SupportProvision;
import org.peerplan.model.SupportTrigger;
import org.peerplan.model.SurveyAnswer;
import org.peerplan.model.SurveyResponse;
import org.peerplan.model.Task;
import org.peerplan.model.TaskBaseline;
import org.peerplan.model.TaskStatus;
import org.peerplan.model.Timeline;
import org.peerplan.model.TimelineBenchmark;
import org.peerplan.model.TrainingPlan;
import org.peerplan.model.TrainingSession;
import org.peerplan.model.WellbeingPractice;
import org.peerplan.model.WellbeingPracticeKind;
import org.peerplan.model.Why;
import org.peerplan.model.WorkPlanNeed;
import org.peerplan.model.WorkPlanNeedType;
import org.peerplan.model.WorkPlanParty;
import org.peerplan.model.WorkPlanStep;
import org.peerplan.model.YesNo;

import org.peerplan.model.catalog.CatalogPackage;

import org.peerplan.model.catalog.impl.CatalogPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PeerPlanPackageImpl extends EPackageImpl implements PeerPlanPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass implementationPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass agencyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass holidayEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass programEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass funderConstraintEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass advisoryBoardEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass readinessAssessmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass respondentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass quizAnswerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass motivationAnswerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass surveyResponseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass surveyAnswerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass competencyAssessmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assessmentAnswerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass timelineBenchmarkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass timelineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass taskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass speedUpChoiceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass policyReviewEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass policyFindingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass policyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planningItemStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass riskFactorMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rootCauseAnalysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass causeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass whyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interventionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass peerRoleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dutyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass careerStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass jobDescriptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass responsibilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass qualificationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interviewPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interviewQuestionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass backgroundCheckEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass supervisionPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass peerInteractionEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass supportProvisionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass wellbeingPracticeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainingPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainingSessionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass budgetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass budgetLineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass riskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass policyDecisionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass outcomeMeasureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass performanceManagementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass performanceEvaluationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evaluationEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass categoryCommentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass collaborativeWorkPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass developmentPlanAnswerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workPlanNeedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workPlanStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planOfActionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass accommodationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ruleWaiverEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass baselineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass taskBaselineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass budgetYearBaselineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass findingBaselineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum staffLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum quizAnswerValueEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum likertAgreementEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum assessmentAnswerValueEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum competencyRatingEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum taskStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum findingStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum planningStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum rootCauseCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum actionStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum peerWorkerTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum payPatternEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum peerSupervisorSourceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum checkInFrequencyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum eventFrequencyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum riskLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum riskKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum budgetCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum decisionTopicEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum supportTriggerEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum wellbeingPracticeKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interviewQuestionBankEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum evaluationRatingEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum workPlanNeedTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum workPlanPartyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum planOfActionOutcomeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum yesNoEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.peerplan.model.PeerPlanPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private PeerPlanPackageImpl() {
		super(eNS_URI, PeerPlanFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link PeerPlanPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static PeerPlanPackage init() {
		if (isInited) return (PeerPlanPackage)EPackage.Registry.INSTANCE.getEPackage(PeerPlanPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredPeerPlanPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		PeerPlanPackageImpl thePeerPlanPackage = registeredPeerPlanPackage instanceof PeerPlanPackageImpl ? (PeerPlanPackageImpl)registeredPeerPlanPackage : new PeerPlanPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CatalogPackage.eNS_URI);
		CatalogPackageImpl theCatalogPackage = (CatalogPackageImpl)(registeredPackage instanceof CatalogPackageImpl ? registeredPackage : CatalogPackage.eINSTANCE);

		// Create package meta-data objects
		thePeerPlanPackage.createPackageContents();
		theCatalogPackage.createPackageContents();

		// Initialize created meta-data
		thePeerPlanPackage.initializePackageContents();
		theCatalogPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		thePeerPlanPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(PeerPlanPackage.eNS_URI, thePeerPlanPackage);
		return thePeerPlanPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImplementationPlan() {
		return implementationPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImplementationPlan_Name() {
		return (EAttribute)implementationPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImplementationPlan_Consultant() {
		return (EAttribute)implementationPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImplementationPlan_PreparedOn() {
		return (EAttribute)implementationPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImplementationPlan_Agency() {
		return (EReference)implementationPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImplementationPlan_Readiness() {
		return (EReference)implementationPlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImplementationPlan_Timeline() {
		return (EReference)implementationPlanEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImplementationPlan_PolicyReview() {
		return (EReference)implementationPlanEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImplementationPlan_RootCauseAnalyses() {
		return (EReference)implementationPlanEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImplementationPlan_Actions() {
		return (EReference)implementationPlanEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImplementationPlan_Roles() {
		return (EReference)implementationPlanEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImplementationPlan_Supervision() {
		return (EReference)implementationPlanEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImplementationPlan_TrainingPlan() {
		return (EReference)implementationPlanEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImplementationPlan_Budget() {
		return (EReference)implementationPlanEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImplementationPlan_Risks() {
		return (EReference)implementationPlanEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImplementationPlan_Decisions() {
		return (EReference)implementationPlanEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImplementationPlan_Outcomes() {
		return (EReference)implementationPlanEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImplementationPlan_Performance() {
		return (EReference)implementationPlanEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImplementationPlan_RuleWaivers() {
		return (EReference)implementationPlanEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImplementationPlan_Baselines() {
		return (EReference)implementationPlanEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImplementationPlan_CurrentBaseline() {
		return (EReference)implementationPlanEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAgency() {
		return agencyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgency_Name() {
		return (EAttribute)agencyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgency_State() {
		return (EAttribute)agencyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgency_Region() {
		return (EAttribute)agencyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgency_Mission() {
		return (EAttribute)agencyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgency_Vision() {
		return (EAttribute)agencyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgency_Values() {
		return (EAttribute)agencyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgency_BillsMedicaidForPeerServices() {
		return (EAttribute)agencyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgency_LivingWageHourly() {
		return (EAttribute)agencyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgency_LowestHourlyRate() {
		return (EAttribute)agencyEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgency_EntryLevelDirectSupportRate() {
		return (EAttribute)agencyEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgency_HoursPerFte() {
		return (EAttribute)agencyEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgency_FringeBenefitRate() {
		return (EAttribute)agencyEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgency_MedicaidHourlyRate() {
		return (EAttribute)agencyEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgency_BillableShare() {
		return (EAttribute)agencyEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAgency_Programs() {
		return (EReference)agencyEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAgency_People() {
		return (EReference)agencyEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAgency_FunderConstraints() {
		return (EReference)agencyEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAgency_AdvisoryBoard() {
		return (EReference)agencyEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAgency_Holidays() {
		return (EReference)agencyEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHoliday() {
		return holidayEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHoliday_Name() {
		return (EAttribute)holidayEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHoliday_Date() {
		return (EAttribute)holidayEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProgram() {
		return programEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgram_Name() {
		return (EAttribute)programEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgram_Description() {
		return (EAttribute)programEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerson() {
		return personEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Name() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Title() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Level() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Organization() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Peer() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Champion() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_HighLevelAdministrator() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_MastersLevelClinician() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_TrainedInPeerRole() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_PeerSupervisorTraining() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_ReceivesServices() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_NamedWithLivedExperience() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_NamingConsentOn() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFunderConstraint() {
		return funderConstraintEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFunderConstraint_Funder() {
		return (EAttribute)funderConstraintEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFunderConstraint_Description() {
		return (EAttribute)funderConstraintEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFunderConstraint_FirstPeerStartBy() {
		return (EAttribute)funderConstraintEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFunderConstraint_AnnualAmount() {
		return (EAttribute)funderConstraintEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAdvisoryBoard() {
		return advisoryBoardEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdvisoryBoard_Name() {
		return (EAttribute)advisoryBoardEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdvisoryBoard_ServiceUserMembers() {
		return (EAttribute)advisoryBoardEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdvisoryBoard_Members() {
		return (EReference)advisoryBoardEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdvisoryBoard_Established() {
		return (EAttribute)advisoryBoardEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReadinessAssessment() {
		return readinessAssessmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReadinessAssessment_Respondents() {
		return (EReference)readinessAssessmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReadinessAssessment_Motivation() {
		return (EReference)readinessAssessmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReadinessAssessment_SurveyResponses() {
		return (EReference)readinessAssessmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReadinessAssessment_Competencies() {
		return (EReference)readinessAssessmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReadinessAssessment_Benchmarks() {
		return (EReference)readinessAssessmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRespondent() {
		return respondentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRespondent_Person() {
		return (EReference)respondentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRespondent_AnsweredOn() {
		return (EAttribute)respondentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRespondent_Answers() {
		return (EReference)respondentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQuizAnswer() {
		return quizAnswerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQuizAnswer_Item() {
		return (EReference)quizAnswerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuizAnswer_Value() {
		return (EAttribute)quizAnswerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuizAnswer_Comment() {
		return (EAttribute)quizAnswerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMotivationAnswer() {
		return motivationAnswerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMotivationAnswer_Question() {
		return (EReference)motivationAnswerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMotivationAnswer_Answer() {
		return (EAttribute)motivationAnswerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMotivationAnswer_Struggled() {
		return (EAttribute)motivationAnswerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSurveyResponse() {
		return surveyResponseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurveyResponse_Respondent() {
		return (EAttribute)surveyResponseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSurveyResponse_Answers() {
		return (EReference)surveyResponseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSurveyAnswer() {
		return surveyAnswerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSurveyAnswer_Item() {
		return (EReference)surveyAnswerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurveyAnswer_Value() {
		return (EAttribute)surveyAnswerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCompetencyAssessment() {
		return competencyAssessmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCompetencyAssessment_Competency() {
		return (EReference)competencyAssessmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompetencyAssessment_Rating() {
		return (EAttribute)competencyAssessmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompetencyAssessment_Notes() {
		return (EAttribute)competencyAssessmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCompetencyAssessment_AssessedBy() {
		return (EReference)competencyAssessmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCompetencyAssessment_Answers() {
		return (EReference)competencyAssessmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssessmentAnswer() {
		return assessmentAnswerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessmentAnswer_Question() {
		return (EReference)assessmentAnswerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessmentAnswer_Value() {
		return (EAttribute)assessmentAnswerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessmentAnswer_Notes() {
		return (EAttribute)assessmentAnswerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTimelineBenchmark() {
		return timelineBenchmarkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimelineBenchmark_Organization() {
		return (EAttribute)timelineBenchmarkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimelineBenchmark_Months() {
		return (EAttribute)timelineBenchmarkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimelineBenchmark_Notes() {
		return (EAttribute)timelineBenchmarkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTimeline() {
		return timelineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimeline_PlanStart() {
		return (EAttribute)timelineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimeline_FirstPeerStart() {
		return (EAttribute)timelineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTimeline_Stages() {
		return (EReference)timelineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTimeline_SpeedUps() {
		return (EReference)timelineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStage() {
		return stageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStage_Name() {
		return (EAttribute)stageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStage_Kind() {
		return (EAttribute)stageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStage_Template() {
		return (EReference)stageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStage_Tasks() {
		return (EReference)stageEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTask() {
		return taskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTask_Name() {
		return (EAttribute)taskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTask_Description() {
		return (EAttribute)taskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTask_Owner() {
		return (EReference)taskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTask_Start() {
		return (EAttribute)taskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTask_DurationDays() {
		return (EAttribute)taskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTask_DependsOn() {
		return (EReference)taskEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTask_Status() {
		return (EAttribute)taskEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTask_Milestone() {
		return (EAttribute)taskEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTask_Deliverable() {
		return (EAttribute)taskEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTask_Guidance() {
		return (EReference)taskEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTask_Template() {
		return (EReference)taskEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTask_Covers() {
		return (EReference)taskEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpeedUpChoice() {
		return speedUpChoiceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSpeedUpChoice_Option() {
		return (EReference)speedUpChoiceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpeedUpChoice_Rationale() {
		return (EAttribute)speedUpChoiceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpeedUpChoice_Cost() {
		return (EAttribute)speedUpChoiceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSpeedUpChoice_Task() {
		return (EReference)speedUpChoiceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPolicyReview() {
		return policyReviewEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyReview_ReviewedOn() {
		return (EAttribute)policyReviewEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyReview_Reviewer() {
		return (EReference)policyReviewEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyReview_Findings() {
		return (EReference)policyReviewEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyReview_Policies() {
		return (EReference)policyReviewEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyReview_PlanningItems() {
		return (EReference)policyReviewEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyReview_RiskFactors() {
		return (EReference)policyReviewEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPolicyFinding() {
		return policyFindingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyFinding_Item() {
		return (EReference)policyFindingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyFinding_Status() {
		return (EAttribute)policyFindingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyFinding_Evidence() {
		return (EAttribute)policyFindingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPolicy() {
		return policyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicy_Name() {
		return (EAttribute)policyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicy_Description() {
		return (EAttribute)policyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicy_PeerRolesOnly() {
		return (EAttribute)policyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicy_Flexible() {
		return (EAttribute)policyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanningItemStatus() {
		return planningItemStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanningItemStatus_Item() {
		return (EReference)planningItemStatusEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningItemStatus_Status() {
		return (EAttribute)planningItemStatusEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanningItemStatus_Owner() {
		return (EReference)planningItemStatusEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningItemStatus_Notes() {
		return (EAttribute)planningItemStatusEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanningItemStatus_Actions() {
		return (EReference)planningItemStatusEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRiskFactorMapping() {
		return riskFactorMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRiskFactorMapping_Factor() {
		return (EReference)riskFactorMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskFactorMapping_CurrentPractice() {
		return (EAttribute)riskFactorMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskFactorMapping_Gap() {
		return (EAttribute)riskFactorMappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRiskFactorMapping_Policies() {
		return (EReference)riskFactorMappingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRiskFactorMapping_Actions() {
		return (EReference)riskFactorMappingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRootCauseAnalysis() {
		return rootCauseAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRootCauseAnalysis_Title() {
		return (EAttribute)rootCauseAnalysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRootCauseAnalysis_Challenge() {
		return (EAttribute)rootCauseAnalysisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRootCauseAnalysis_CurrentSituation() {
		return (EAttribute)rootCauseAnalysisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRootCauseAnalysis_RelatedFindings() {
		return (EReference)rootCauseAnalysisEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRootCauseAnalysis_RelatedCompetency() {
		return (EReference)rootCauseAnalysisEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRootCauseAnalysis_Causes() {
		return (EReference)rootCauseAnalysisEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCause() {
		return causeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCause_Category() {
		return (EAttribute)causeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCause_Description() {
		return (EAttribute)causeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCause_Whys() {
		return (EReference)causeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCause_Details() {
		return (EAttribute)causeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCause_SubCauses() {
		return (EReference)causeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCause_Interventions() {
		return (EReference)causeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWhy() {
		return whyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWhy_Text() {
		return (EAttribute)whyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIntervention() {
		return interventionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_Description() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntervention_Actions() {
		return (EReference)interventionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAction() {
		return actionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_Title() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_Description() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAction_Owner() {
		return (EReference)actionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_Due() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_Status() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_Cost() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAction_SuccessMeasure() {
		return (EAttribute)actionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAction_Addresses() {
		return (EReference)actionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAction_Findings() {
		return (EReference)actionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAction_Tasks() {
		return (EReference)actionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPeerRole() {
		return peerRoleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeerRole_Title() {
		return (EAttribute)peerRoleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeerRole_Type() {
		return (EAttribute)peerRoleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeerRole_Population() {
		return (EAttribute)peerRoleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeerRole_LivedExperienceRequirement() {
		return (EAttribute)peerRoleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPeerRole_Program() {
		return (EReference)peerRoleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeerRole_Fte() {
		return (EAttribute)peerRoleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeerRole_HoursPerWeek() {
		return (EAttribute)peerRoleEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeerRole_HourlyRate() {
		return (EAttribute)peerRoleEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeerRole_PayPattern() {
		return (EAttribute)peerRoleEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeerRole_PayBenchmarked() {
		return (EAttribute)peerRoleEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeerRole_PayRecognizesLivedExperience() {
		return (EAttribute)peerRoleEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeerRole_PayLinkedToTraining() {
		return (EAttribute)peerRoleEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPeerRole_ReportsTo() {
		return (EReference)peerRoleEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPeerRole_AdministrativeSupervisor() {
		return (EReference)peerRoleEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPeerRole_ProfessionalDevelopmentSupervisor() {
		return (EReference)peerRoleEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeerRole_SupervisorSource() {
		return (EAttribute)peerRoleEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeerRole_ContractedSupervisionPerYear() {
		return (EAttribute)peerRoleEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeerRole_CheckInFrequency() {
		return (EAttribute)peerRoleEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeerRole_Caseload() {
		return (EAttribute)peerRoleEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeerRole_Drives() {
		return (EAttribute)peerRoleEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeerRole_Certification() {
		return (EAttribute)peerRoleEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeerRole_CertificationWithinMonths() {
		return (EAttribute)peerRoleEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeerRole_PlannedCeHoursPerTwoYears() {
		return (EAttribute)peerRoleEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeerRole_HiringRationale() {
		return (EAttribute)peerRoleEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeerRole_FilledByRetitling() {
		return (EAttribute)peerRoleEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeerRole_MinimumApplicants() {
		return (EAttribute)peerRoleEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPeerRole_Duties() {
		return (EReference)peerRoleEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPeerRole_CareerLadder() {
		return (EReference)peerRoleEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPeerRole_JobDescription() {
		return (EReference)peerRoleEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPeerRole_Interview() {
		return (EReference)peerRoleEClass.getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPeerRole_BackgroundCheck() {
		return (EReference)peerRoleEClass.getEStructuralFeatures().get(30);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPeerRole_Holders() {
		return (EReference)peerRoleEClass.getEStructuralFeatures().get(31);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDuty() {
		return dutyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDuty_Description() {
		return (EAttribute)dutyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDuty_Routine() {
		return (EAttribute)dutyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDuty_ConflictsWith() {
		return (EReference)dutyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDuty_Justification() {
		return (EAttribute)dutyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCareerStep() {
		return careerStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCareerStep_Title() {
		return (EAttribute)careerStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCareerStep_Description() {
		return (EAttribute)careerStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getJobDescription() {
		return jobDescriptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJobDescription_Function() {
		return (EAttribute)jobDescriptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJobDescription_ReportingRelationships() {
		return (EAttribute)jobDescriptionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJobDescription_SupervisorTitle() {
		return (EAttribute)jobDescriptionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJobDescription_Responsibilities() {
		return (EReference)jobDescriptionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJobDescription_Qualifications() {
		return (EReference)jobDescriptionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJobDescription_EmploymentConditions() {
		return (EAttribute)jobDescriptionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJobDescription_PayRange() {
		return (EAttribute)jobDescriptionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJobDescription_ReviewedByPeerExperienced() {
		return (EAttribute)jobDescriptionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJobDescription_ApprovedOn() {
		return (EAttribute)jobDescriptionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResponsibility() {
		return responsibilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResponsibility_Area() {
		return (EAttribute)responsibilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResponsibility_Duties() {
		return (EAttribute)responsibilityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQualification() {
		return qualificationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQualification_Text() {
		return (EAttribute)qualificationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQualification_Required() {
		return (EAttribute)qualificationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQualification_LivedExperience() {
		return (EAttribute)qualificationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterviewPlan() {
		return interviewPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterviewPlan_Panel() {
		return (EReference)interviewPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterviewPlan_PeersWroteQuestions() {
		return (EAttribute)interviewPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterviewPlan_Questions() {
		return (EReference)interviewPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterviewQuestion() {
		return interviewQuestionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterviewQuestion_Text() {
		return (EAttribute)interviewQuestionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterviewQuestion_Bank() {
		return (EAttribute)interviewQuestionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterviewQuestion_LookFor() {
		return (EAttribute)interviewQuestionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBackgroundCheck() {
		return backgroundCheckEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackgroundCheck_MegansLaw() {
		return (EAttribute)backgroundCheckEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackgroundCheck_LiveScan() {
		return (EAttribute)backgroundCheckEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackgroundCheck_DmvHistory() {
		return (EAttribute)backgroundCheckEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackgroundCheck_OfferContingent() {
		return (EAttribute)backgroundCheckEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSupervisionPlan() {
		return supervisionPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionPlan_NonPeerCheckIns() {
		return (EAttribute)supervisionPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupervisionPlan_PeerInteraction() {
		return (EReference)supervisionPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupervisionPlan_SupportProvisions() {
		return (EReference)supervisionPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupervisionPlan_WellbeingPractices() {
		return (EReference)supervisionPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPeerInteractionEvent() {
		return peerInteractionEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeerInteractionEvent_Name() {
		return (EAttribute)peerInteractionEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeerInteractionEvent_Frequency() {
		return (EAttribute)peerInteractionEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeerInteractionEvent_FacilitatedByPeer() {
		return (EAttribute)peerInteractionEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSupportProvision() {
		return supportProvisionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupportProvision_Trigger() {
		return (EAttribute)supportProvisionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupportProvision_Description() {
		return (EAttribute)supportProvisionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWellbeingPractice() {
		return wellbeingPracticeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWellbeingPractice_Kind() {
		return (EAttribute)wellbeingPracticeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWellbeingPractice_Description() {
		return (EAttribute)wellbeingPracticeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrainingPlan() {
		return trainingPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingPlan_Sessions() {
		return (EReference)trainingPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrainingSession() {
		return trainingSessionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSession_Title() {
		return (EAttribute)trainingSessionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingSession_Course() {
		return (EReference)trainingSessionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSession_Date() {
		return (EAttribute)trainingSessionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingSession_Attendees() {
		return (EReference)trainingSessionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSession_AdditionalAttendees() {
		return (EAttribute)trainingSessionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSession_Cost() {
		return (EAttribute)trainingSessionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingSession_Covers() {
		return (EReference)trainingSessionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBudget() {
		return budgetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudget_FiscalYearStartMonth() {
		return (EAttribute)budgetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBudget_Lines() {
		return (EReference)budgetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBudgetLine() {
		return budgetLineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_Category() {
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_Description() {
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_Amount() {
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_Year() {
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRisk() {
		return riskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Title() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Description() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Kind() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Likelihood() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Impact() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Mitigation() {
		return (EAttribute)riskEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRisk_Owner() {
		return (EReference)riskEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRisk_Actions() {
		return (EReference)riskEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPolicyDecision() {
		return policyDecisionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyDecision_Topic() {
		return (EAttribute)policyDecisionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyDecision_Title() {
		return (EAttribute)policyDecisionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyDecision_Position() {
		return (EAttribute)policyDecisionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyDecision_Safeguards() {
		return (EAttribute)policyDecisionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyDecision_DecidedOn() {
		return (EAttribute)policyDecisionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyDecision_DecidedBy() {
		return (EReference)policyDecisionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOutcomeMeasure() {
		return outcomeMeasureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeMeasure_Name() {
		return (EAttribute)outcomeMeasureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeMeasure_Description() {
		return (EAttribute)outcomeMeasureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeMeasure_RecoveryBased() {
		return (EAttribute)outcomeMeasureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeMeasure_DefinedWithPeers() {
		return (EAttribute)outcomeMeasureEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcomeMeasure_DataSource() {
		return (EAttribute)outcomeMeasureEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerformanceManagement() {
		return performanceManagementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerformanceManagement_Evaluations() {
		return (EReference)performanceManagementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerformanceManagement_WorkPlans() {
		return (EReference)performanceManagementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerformanceManagement_PlansOfAction() {
		return (EReference)performanceManagementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerformanceManagement_Accommodations() {
		return (EReference)performanceManagementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerformanceEvaluation() {
		return performanceEvaluationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerformanceEvaluation_Employee() {
		return (EReference)performanceEvaluationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerformanceEvaluation_Role() {
		return (EReference)performanceEvaluationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerformanceEvaluation_Date() {
		return (EAttribute)performanceEvaluationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerformanceEvaluation_Ratings() {
		return (EReference)performanceEvaluationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerformanceEvaluation_Comments() {
		return (EReference)performanceEvaluationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvaluationEntry() {
		return evaluationEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluationEntry_Item() {
		return (EReference)evaluationEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluationEntry_Rating() {
		return (EAttribute)evaluationEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCategoryComment() {
		return categoryCommentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCategoryComment_Category() {
		return (EReference)categoryCommentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCategoryComment_Comment() {
		return (EAttribute)categoryCommentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCollaborativeWorkPlan() {
		return collaborativeWorkPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCollaborativeWorkPlan_Employee() {
		return (EReference)collaborativeWorkPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCollaborativeWorkPlan_Manager() {
		return (EReference)collaborativeWorkPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCollaborativeWorkPlan_StartDate() {
		return (EAttribute)collaborativeWorkPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCollaborativeWorkPlan_EndDate() {
		return (EAttribute)collaborativeWorkPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCollaborativeWorkPlan_ExpirationDate() {
		return (EAttribute)collaborativeWorkPlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCollaborativeWorkPlan_MeetingFrequency() {
		return (EAttribute)collaborativeWorkPlanEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCollaborativeWorkPlan_MeetingMinutes() {
		return (EAttribute)collaborativeWorkPlanEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCollaborativeWorkPlan_MeetingDay() {
		return (EAttribute)collaborativeWorkPlanEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCollaborativeWorkPlan_MeetingTime() {
		return (EAttribute)collaborativeWorkPlanEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCollaborativeWorkPlan_Basics() {
		return (EReference)collaborativeWorkPlanEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCollaborativeWorkPlan_Needs() {
		return (EReference)collaborativeWorkPlanEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCollaborativeWorkPlan_Steps() {
		return (EReference)collaborativeWorkPlanEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCollaborativeWorkPlan_SuccessIndicators() {
		return (EAttribute)collaborativeWorkPlanEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDevelopmentPlanAnswer() {
		return developmentPlanAnswerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevelopmentPlanAnswer_Item() {
		return (EReference)developmentPlanAnswerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevelopmentPlanAnswer_Answer() {
		return (EAttribute)developmentPlanAnswerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevelopmentPlanAnswer_AddressedBy() {
		return (EReference)developmentPlanAnswerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkPlanNeed() {
		return workPlanNeedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkPlanNeed_Type() {
		return (EAttribute)workPlanNeedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkPlanNeed_Text() {
		return (EAttribute)workPlanNeedEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkPlanStep() {
		return workPlanStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkPlanStep_Owner() {
		return (EAttribute)workPlanStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkPlanStep_Text() {
		return (EAttribute)workPlanStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanOfAction() {
		return planOfActionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanOfAction_Employee() {
		return (EReference)planOfActionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanOfAction_Area() {
		return (EAttribute)planOfActionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanOfAction_StartDate() {
		return (EAttribute)planOfActionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanOfAction_EndDate() {
		return (EAttribute)planOfActionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanOfAction_Outcome() {
		return (EAttribute)planOfActionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAccommodation() {
		return accommodationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccommodation_Employee() {
		return (EReference)accommodationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccommodation_Description() {
		return (EAttribute)accommodationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccommodation_LowersExpectations() {
		return (EAttribute)accommodationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRuleWaiver() {
		return ruleWaiverEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuleWaiver_RuleId() {
		return (EAttribute)ruleWaiverEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuleWaiver_Reason() {
		return (EAttribute)ruleWaiverEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuleWaiver_WaivedBy() {
		return (EAttribute)ruleWaiverEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRuleWaiver_WaivedOn() {
		return (EAttribute)ruleWaiverEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBaseline() {
		return baselineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaseline_Name() {
		return (EAttribute)baselineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaseline_SetOn() {
		return (EAttribute)baselineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaseline_FirstPeerStart() {
		return (EAttribute)baselineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBaseline_Tasks() {
		return (EReference)baselineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBaseline_BudgetYears() {
		return (EReference)baselineEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBaseline_OpenFindings() {
		return (EReference)baselineEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTaskBaseline() {
		return taskBaselineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaskBaseline_TaskId() {
		return (EAttribute)taskBaselineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaskBaseline_Name() {
		return (EAttribute)taskBaselineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaskBaseline_Stage() {
		return (EAttribute)taskBaselineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaskBaseline_Start() {
		return (EAttribute)taskBaselineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaskBaseline_Finish() {
		return (EAttribute)taskBaselineEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaskBaseline_DurationDays() {
		return (EAttribute)taskBaselineEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaskBaseline_Status() {
		return (EAttribute)taskBaselineEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBudgetYearBaseline() {
		return budgetYearBaselineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetYearBaseline_Year() {
		return (EAttribute)budgetYearBaselineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetYearBaseline_Total() {
		return (EAttribute)budgetYearBaselineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFindingBaseline() {
		return findingBaselineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFindingBaseline_RuleId() {
		return (EAttribute)findingBaselineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFindingBaseline_Place() {
		return (EAttribute)findingBaselineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFindingBaseline_ElementId() {
		return (EAttribute)findingBaselineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFindingBaseline_Message() {
		return (EAttribute)findingBaselineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStaffLevel() {
		return staffLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getQuizAnswerValue() {
		return quizAnswerValueEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLikertAgreement() {
		return likertAgreementEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAssessmentAnswerValue() {
		return assessmentAnswerValueEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCompetencyRating() {
		return competencyRatingEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTaskStatus() {
		return taskStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFindingStatus() {
		return findingStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPlanningStatus() {
		return planningStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRootCauseCategory() {
		return rootCauseCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActionStatus() {
		return actionStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPeerWorkerType() {
		return peerWorkerTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPayPattern() {
		return payPatternEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPeerSupervisorSource() {
		return peerSupervisorSourceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCheckInFrequency() {
		return checkInFrequencyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEventFrequency() {
		return eventFrequencyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRiskLevel() {
		return riskLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRiskKind() {
		return riskKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBudgetCategory() {
		return budgetCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDecisionTopic() {
		return decisionTopicEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSupportTrigger() {
		return supportTriggerEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWellbeingPracticeKind() {
		return wellbeingPracticeKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInterviewQuestionBank() {
		return interviewQuestionBankEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEvaluationRating() {
		return evaluationRatingEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWorkPlanNeedType() {
		return workPlanNeedTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWorkPlanParty() {
		return workPlanPartyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPlanOfActionOutcome() {
		return planOfActionOutcomeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getYesNo() {
		return yesNoEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PeerPlanFactory getPeerPlanFactory() {
		return (PeerPlanFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		implementationPlanEClass = createEClass(IMPLEMENTATION_PLAN);
		createEAttribute(implementationPlanEClass, IMPLEMENTATION_PLAN__NAME);
		createEAttribute(implementationPlanEClass, IMPLEMENTATION_PLAN__CONSULTANT);
		createEAttribute(implementationPlanEClass, IMPLEMENTATION_PLAN__PREPARED_ON);
		createEReference(implementationPlanEClass, IMPLEMENTATION_PLAN__AGENCY);
		createEReference(implementationPlanEClass, IMPLEMENTATION_PLAN__READINESS);
		createEReference(implementationPlanEClass, IMPLEMENTATION_PLAN__TIMELINE);
		createEReference(implementationPlanEClass, IMPLEMENTATION_PLAN__POLICY_REVIEW);
		createEReference(implementationPlanEClass, IMPLEMENTATION_PLAN__ROOT_CAUSE_ANALYSES);
		createEReference(implementationPlanEClass, IMPLEMENTATION_PLAN__ACTIONS);
		createEReference(implementationPlanEClass, IMPLEMENTATION_PLAN__ROLES);
		createEReference(implementationPlanEClass, IMPLEMENTATION_PLAN__SUPERVISION);
		createEReference(implementationPlanEClass, IMPLEMENTATION_PLAN__TRAINING_PLAN);
		createEReference(implementationPlanEClass, IMPLEMENTATION_PLAN__BUDGET);
		createEReference(implementationPlanEClass, IMPLEMENTATION_PLAN__RISKS);
		createEReference(implementationPlanEClass, IMPLEMENTATION_PLAN__DECISIONS);
		createEReference(implementationPlanEClass, IMPLEMENTATION_PLAN__OUTCOMES);
		createEReference(implementationPlanEClass, IMPLEMENTATION_PLAN__PERFORMANCE);
		createEReference(implementationPlanEClass, IMPLEMENTATION_PLAN__RULE_WAIVERS);
		createEReference(implementationPlanEClass, IMPLEMENTATION_PLAN__BASELINES);
		createEReference(implementationPlanEClass, IMPLEMENTATION_PLAN__CURRENT_BASELINE);

		agencyEClass = createEClass(AGENCY);
		createEAttribute(agencyEClass, AGENCY__NAME);
		createEAttribute(agencyEClass, AGENCY__STATE);
		createEAttribute(agencyEClass, AGENCY__REGION);
		createEAttribute(agencyEClass, AGENCY__MISSION);
		createEAttribute(agencyEClass, AGENCY__VISION);
		createEAttribute(agencyEClass, AGENCY__VALUES);
		createEAttribute(agencyEClass, AGENCY__BILLS_MEDICAID_FOR_PEER_SERVICES);
		createEAttribute(agencyEClass, AGENCY__LIVING_WAGE_HOURLY);
		createEAttribute(agencyEClass, AGENCY__LOWEST_HOURLY_RATE);
		createEAttribute(agencyEClass, AGENCY__ENTRY_LEVEL_DIRECT_SUPPORT_RATE);
		createEAttribute(agencyEClass, AGENCY__HOURS_PER_FTE);
		createEAttribute(agencyEClass, AGENCY__FRINGE_BENEFIT_RATE);
		createEAttribute(agencyEClass, AGENCY__MEDICAID_HOURLY_RATE);
		createEAttribute(agencyEClass, AGENCY__BILLABLE_SHARE);
		createEReference(agencyEClass, AGENCY__PROGRAMS);
		createEReference(agencyEClass, AGENCY__PEOPLE);
		createEReference(agencyEClass, AGENCY__FUNDER_CONSTRAINTS);
		createEReference(agencyEClass, AGENCY__ADVISORY_BOARD);
		createEReference(agencyEClass, AGENCY__HOLIDAYS);

		holidayEClass = createEClass(HOLIDAY);
		createEAttribute(holidayEClass, HOLIDAY__NAME);
		createEAttribute(holidayEClass, HOLIDAY__DATE);

		programEClass = createEClass(PROGRAM);
		createEAttribute(programEClass, PROGRAM__NAME);
		createEAttribute(programEClass, PROGRAM__DESCRIPTION);

		personEClass = createEClass(PERSON);
		createEAttribute(personEClass, PERSON__NAME);
		createEAttribute(personEClass, PERSON__TITLE);
		createEAttribute(personEClass, PERSON__LEVEL);
		createEAttribute(personEClass, PERSON__ORGANIZATION);
		createEAttribute(personEClass, PERSON__PEER);
		createEAttribute(personEClass, PERSON__CHAMPION);
		createEAttribute(personEClass, PERSON__HIGH_LEVEL_ADMINISTRATOR);
		createEAttribute(personEClass, PERSON__MASTERS_LEVEL_CLINICIAN);
		createEAttribute(personEClass, PERSON__TRAINED_IN_PEER_ROLE);
		createEAttribute(personEClass, PERSON__PEER_SUPERVISOR_TRAINING);
		createEAttribute(personEClass, PERSON__RECEIVES_SERVICES);
		createEAttribute(personEClass, PERSON__NAMED_WITH_LIVED_EXPERIENCE);
		createEAttribute(personEClass, PERSON__NAMING_CONSENT_ON);

		funderConstraintEClass = createEClass(FUNDER_CONSTRAINT);
		createEAttribute(funderConstraintEClass, FUNDER_CONSTRAINT__FUNDER);
		createEAttribute(funderConstraintEClass, FUNDER_CONSTRAINT__DESCRIPTION);
		createEAttribute(funderConstraintEClass, FUNDER_CONSTRAINT__FIRST_PEER_START_BY);
		createEAttribute(funderConstraintEClass, FUNDER_CONSTRAINT__ANNUAL_AMOUNT);

		advisoryBoardEClass = createEClass(ADVISORY_BOARD);
		createEAttribute(advisoryBoardEClass, ADVISORY_BOARD__NAME);
		createEAttribute(advisoryBoardEClass, ADVISORY_BOARD__SERVICE_USER_MEMBERS);
		createEReference(advisoryBoardEClass, ADVISORY_BOARD__MEMBERS);
		createEAttribute(advisoryBoardEClass, ADVISORY_BOARD__ESTABLISHED);

		readinessAssessmentEClass = createEClass(READINESS_ASSESSMENT);
		createEReference(readinessAssessmentEClass, READINESS_ASSESSMENT__RESPONDENTS);
		createEReference(readinessAssessmentEClass, READINESS_ASSESSMENT__MOTIVATION);
		createEReference(readinessAssessmentEClass, READINESS_ASSESSMENT__SURVEY_RESPONSES);
		createEReference(readinessAssessmentEClass, READINESS_ASSESSMENT__COMPETENCIES);
		createEReference(readinessAssessmentEClass, READINESS_ASSESSMENT__BENCHMARKS);

		respondentEClass = createEClass(RESPONDENT);
		createEReference(respondentEClass, RESPONDENT__PERSON);
		createEAttribute(respondentEClass, RESPONDENT__ANSWERED_ON);
		createEReference(respondentEClass, RESPONDENT__ANSWERS);

		quizAnswerEClass = createEClass(QUIZ_ANSWER);
		createEReference(quizAnswerEClass, QUIZ_ANSWER__ITEM);
		createEAttribute(quizAnswerEClass, QUIZ_ANSWER__VALUE);
		createEAttribute(quizAnswerEClass, QUIZ_ANSWER__COMMENT);

		motivationAnswerEClass = createEClass(MOTIVATION_ANSWER);
		createEReference(motivationAnswerEClass, MOTIVATION_ANSWER__QUESTION);
		createEAttribute(motivationAnswerEClass, MOTIVATION_ANSWER__ANSWER);
		createEAttribute(motivationAnswerEClass, MOTIVATION_ANSWER__STRUGGLED);

		surveyResponseEClass = createEClass(SURVEY_RESPONSE);
		createEAttribute(surveyResponseEClass, SURVEY_RESPONSE__RESPONDENT);
		createEReference(surveyResponseEClass, SURVEY_RESPONSE__ANSWERS);

		surveyAnswerEClass = createEClass(SURVEY_ANSWER);
		createEReference(surveyAnswerEClass, SURVEY_ANSWER__ITEM);
		createEAttribute(surveyAnswerEClass, SURVEY_ANSWER__VALUE);

		competencyAssessmentEClass = createEClass(COMPETENCY_ASSESSMENT);
		createEReference(competencyAssessmentEClass, COMPETENCY_ASSESSMENT__COMPETENCY);
		createEAttribute(competencyAssessmentEClass, COMPETENCY_ASSESSMENT__RATING);
		createEAttribute(competencyAssessmentEClass, COMPETENCY_ASSESSMENT__NOTES);
		createEReference(competencyAssessmentEClass, COMPETENCY_ASSESSMENT__ASSESSED_BY);
		createEReference(competencyAssessmentEClass, COMPETENCY_ASSESSMENT__ANSWERS);

		assessmentAnswerEClass = createEClass(ASSESSMENT_ANSWER);
		createEReference(assessmentAnswerEClass, ASSESSMENT_ANSWER__QUESTION);
		createEAttribute(assessmentAnswerEClass, ASSESSMENT_ANSWER__VALUE);
		createEAttribute(assessmentAnswerEClass, ASSESSMENT_ANSWER__NOTES);

		timelineBenchmarkEClass = createEClass(TIMELINE_BENCHMARK);
		createEAttribute(timelineBenchmarkEClass, TIMELINE_BENCHMARK__ORGANIZATION);
		createEAttribute(timelineBenchmarkEClass, TIMELINE_BENCHMARK__MONTHS);
		createEAttribute(timelineBenchmarkEClass, TIMELINE_BENCHMARK__NOTES);

		timelineEClass = createEClass(TIMELINE);
		createEAttribute(timelineEClass, TIMELINE__PLAN_START);
		createEAttribute(timelineEClass, TIMELINE__FIRST_PEER_START);
		createEReference(timelineEClass, TIMELINE__STAGES);
		createEReference(timelineEClass, TIMELINE__SPEED_UPS);

		stageEClass = createEClass(STAGE);
		createEAttribute(stageEClass, STAGE__NAME);
		createEAttribute(stageEClass, STAGE__KIND);
		createEReference(stageEClass, STAGE__TEMPLATE);
		createEReference(stageEClass, STAGE__TASKS);

		taskEClass = createEClass(TASK);
		createEAttribute(taskEClass, TASK__NAME);
		createEAttribute(taskEClass, TASK__DESCRIPTION);
		createEReference(taskEClass, TASK__OWNER);
		createEAttribute(taskEClass, TASK__START);
		createEAttribute(taskEClass, TASK__DURATION_DAYS);
		createEReference(taskEClass, TASK__DEPENDS_ON);
		createEAttribute(taskEClass, TASK__STATUS);
		createEAttribute(taskEClass, TASK__MILESTONE);
		createEAttribute(taskEClass, TASK__DELIVERABLE);
		createEReference(taskEClass, TASK__GUIDANCE);
		createEReference(taskEClass, TASK__TEMPLATE);
		createEReference(taskEClass, TASK__COVERS);

		speedUpChoiceEClass = createEClass(SPEED_UP_CHOICE);
		createEReference(speedUpChoiceEClass, SPEED_UP_CHOICE__OPTION);
		createEAttribute(speedUpChoiceEClass, SPEED_UP_CHOICE__RATIONALE);
		createEAttribute(speedUpChoiceEClass, SPEED_UP_CHOICE__COST);
		createEReference(speedUpChoiceEClass, SPEED_UP_CHOICE__TASK);

		policyReviewEClass = createEClass(POLICY_REVIEW);
		createEAttribute(policyReviewEClass, POLICY_REVIEW__REVIEWED_ON);
		createEReference(policyReviewEClass, POLICY_REVIEW__REVIEWER);
		createEReference(policyReviewEClass, POLICY_REVIEW__FINDINGS);
		createEReference(policyReviewEClass, POLICY_REVIEW__POLICIES);
		createEReference(policyReviewEClass, POLICY_REVIEW__PLANNING_ITEMS);
		createEReference(policyReviewEClass, POLICY_REVIEW__RISK_FACTORS);

		policyFindingEClass = createEClass(POLICY_FINDING);
		createEReference(policyFindingEClass, POLICY_FINDING__ITEM);
		createEAttribute(policyFindingEClass, POLICY_FINDING__STATUS);
		createEAttribute(policyFindingEClass, POLICY_FINDING__EVIDENCE);

		policyEClass = createEClass(POLICY);
		createEAttribute(policyEClass, POLICY__NAME);
		createEAttribute(policyEClass, POLICY__DESCRIPTION);
		createEAttribute(policyEClass, POLICY__PEER_ROLES_ONLY);
		createEAttribute(policyEClass, POLICY__FLEXIBLE);

		planningItemStatusEClass = createEClass(PLANNING_ITEM_STATUS);
		createEReference(planningItemStatusEClass, PLANNING_ITEM_STATUS__ITEM);
		createEAttribute(planningItemStatusEClass, PLANNING_ITEM_STATUS__STATUS);
		createEReference(planningItemStatusEClass, PLANNING_ITEM_STATUS__OWNER);
		createEAttribute(planningItemStatusEClass, PLANNING_ITEM_STATUS__NOTES);
		createEReference(planningItemStatusEClass, PLANNING_ITEM_STATUS__ACTIONS);

		riskFactorMappingEClass = createEClass(RISK_FACTOR_MAPPING);
		createEReference(riskFactorMappingEClass, RISK_FACTOR_MAPPING__FACTOR);
		createEAttribute(riskFactorMappingEClass, RISK_FACTOR_MAPPING__CURRENT_PRACTICE);
		createEAttribute(riskFactorMappingEClass, RISK_FACTOR_MAPPING__GAP);
		createEReference(riskFactorMappingEClass, RISK_FACTOR_MAPPING__POLICIES);
		createEReference(riskFactorMappingEClass, RISK_FACTOR_MAPPING__ACTIONS);

		rootCauseAnalysisEClass = createEClass(ROOT_CAUSE_ANALYSIS);
		createEAttribute(rootCauseAnalysisEClass, ROOT_CAUSE_ANALYSIS__TITLE);
		createEAttribute(rootCauseAnalysisEClass, ROOT_CAUSE_ANALYSIS__CHALLENGE);
		createEAttribute(rootCauseAnalysisEClass, ROOT_CAUSE_ANALYSIS__CURRENT_SITUATION);
		createEReference(rootCauseAnalysisEClass, ROOT_CAUSE_ANALYSIS__RELATED_FINDINGS);
		createEReference(rootCauseAnalysisEClass, ROOT_CAUSE_ANALYSIS__RELATED_COMPETENCY);
		createEReference(rootCauseAnalysisEClass, ROOT_CAUSE_ANALYSIS__CAUSES);

		causeEClass = createEClass(CAUSE);
		createEAttribute(causeEClass, CAUSE__CATEGORY);
		createEAttribute(causeEClass, CAUSE__DESCRIPTION);
		createEReference(causeEClass, CAUSE__WHYS);
		createEAttribute(causeEClass, CAUSE__DETAILS);
		createEReference(causeEClass, CAUSE__SUB_CAUSES);
		createEReference(causeEClass, CAUSE__INTERVENTIONS);

		whyEClass = createEClass(WHY);
		createEAttribute(whyEClass, WHY__TEXT);

		interventionEClass = createEClass(INTERVENTION);
		createEAttribute(interventionEClass, INTERVENTION__DESCRIPTION);
		createEReference(interventionEClass, INTERVENTION__ACTIONS);

		actionEClass = createEClass(ACTION);
		createEAttribute(actionEClass, ACTION__TITLE);
		createEAttribute(actionEClass, ACTION__DESCRIPTION);
		createEReference(actionEClass, ACTION__OWNER);
		createEAttribute(actionEClass, ACTION__DUE);
		createEAttribute(actionEClass, ACTION__STATUS);
		createEAttribute(actionEClass, ACTION__COST);
		createEAttribute(actionEClass, ACTION__SUCCESS_MEASURE);
		createEReference(actionEClass, ACTION__ADDRESSES);
		createEReference(actionEClass, ACTION__FINDINGS);
		createEReference(actionEClass, ACTION__TASKS);

		peerRoleEClass = createEClass(PEER_ROLE);
		createEAttribute(peerRoleEClass, PEER_ROLE__TITLE);
		createEAttribute(peerRoleEClass, PEER_ROLE__TYPE);
		createEAttribute(peerRoleEClass, PEER_ROLE__POPULATION);
		createEAttribute(peerRoleEClass, PEER_ROLE__LIVED_EXPERIENCE_REQUIREMENT);
		createEReference(peerRoleEClass, PEER_ROLE__PROGRAM);
		createEAttribute(peerRoleEClass, PEER_ROLE__FTE);
		createEAttribute(peerRoleEClass, PEER_ROLE__HOURS_PER_WEEK);
		createEAttribute(peerRoleEClass, PEER_ROLE__HOURLY_RATE);
		createEAttribute(peerRoleEClass, PEER_ROLE__PAY_PATTERN);
		createEAttribute(peerRoleEClass, PEER_ROLE__PAY_BENCHMARKED);
		createEAttribute(peerRoleEClass, PEER_ROLE__PAY_RECOGNIZES_LIVED_EXPERIENCE);
		createEAttribute(peerRoleEClass, PEER_ROLE__PAY_LINKED_TO_TRAINING);
		createEReference(peerRoleEClass, PEER_ROLE__REPORTS_TO);
		createEReference(peerRoleEClass, PEER_ROLE__ADMINISTRATIVE_SUPERVISOR);
		createEReference(peerRoleEClass, PEER_ROLE__PROFESSIONAL_DEVELOPMENT_SUPERVISOR);
		createEAttribute(peerRoleEClass, PEER_ROLE__SUPERVISOR_SOURCE);
		createEAttribute(peerRoleEClass, PEER_ROLE__CONTRACTED_SUPERVISION_PER_YEAR);
		createEAttribute(peerRoleEClass, PEER_ROLE__CHECK_IN_FREQUENCY);
		createEAttribute(peerRoleEClass, PEER_ROLE__CASELOAD);
		createEAttribute(peerRoleEClass, PEER_ROLE__DRIVES);
		createEAttribute(peerRoleEClass, PEER_ROLE__CERTIFICATION);
		createEAttribute(peerRoleEClass, PEER_ROLE__CERTIFICATION_WITHIN_MONTHS);
		createEAttribute(peerRoleEClass, PEER_ROLE__PLANNED_CE_HOURS_PER_TWO_YEARS);
		createEAttribute(peerRoleEClass, PEER_ROLE__HIRING_RATIONALE);
		createEAttribute(peerRoleEClass, PEER_ROLE__FILLED_BY_RETITLING);
		createEAttribute(peerRoleEClass, PEER_ROLE__MINIMUM_APPLICANTS);
		createEReference(peerRoleEClass, PEER_ROLE__DUTIES);
		createEReference(peerRoleEClass, PEER_ROLE__CAREER_LADDER);
		createEReference(peerRoleEClass, PEER_ROLE__JOB_DESCRIPTION);
		createEReference(peerRoleEClass, PEER_ROLE__INTERVIEW);
		createEReference(peerRoleEClass, PEER_ROLE__BACKGROUND_CHECK);
		createEReference(peerRoleEClass, PEER_ROLE__HOLDERS);

		dutyEClass = createEClass(DUTY);
		createEAttribute(dutyEClass, DUTY__DESCRIPTION);
		createEAttribute(dutyEClass, DUTY__ROUTINE);
		createEReference(dutyEClass, DUTY__CONFLICTS_WITH);
		createEAttribute(dutyEClass, DUTY__JUSTIFICATION);

		careerStepEClass = createEClass(CAREER_STEP);
		createEAttribute(careerStepEClass, CAREER_STEP__TITLE);
		createEAttribute(careerStepEClass, CAREER_STEP__DESCRIPTION);

		jobDescriptionEClass = createEClass(JOB_DESCRIPTION);
		createEAttribute(jobDescriptionEClass, JOB_DESCRIPTION__FUNCTION);
		createEAttribute(jobDescriptionEClass, JOB_DESCRIPTION__REPORTING_RELATIONSHIPS);
		createEAttribute(jobDescriptionEClass, JOB_DESCRIPTION__SUPERVISOR_TITLE);
		createEReference(jobDescriptionEClass, JOB_DESCRIPTION__RESPONSIBILITIES);
		createEReference(jobDescriptionEClass, JOB_DESCRIPTION__QUALIFICATIONS);
		createEAttribute(jobDescriptionEClass, JOB_DESCRIPTION__EMPLOYMENT_CONDITIONS);
		createEAttribute(jobDescriptionEClass, JOB_DESCRIPTION__PAY_RANGE);
		createEAttribute(jobDescriptionEClass, JOB_DESCRIPTION__REVIEWED_BY_PEER_EXPERIENCED);
		createEAttribute(jobDescriptionEClass, JOB_DESCRIPTION__APPROVED_ON);

		responsibilityEClass = createEClass(RESPONSIBILITY);
		createEAttribute(responsibilityEClass, RESPONSIBILITY__AREA);
		createEAttribute(responsibilityEClass, RESPONSIBILITY__DUTIES);

		qualificationEClass = createEClass(QUALIFICATION);
		createEAttribute(qualificationEClass, QUALIFICATION__TEXT);
		createEAttribute(qualificationEClass, QUALIFICATION__REQUIRED);
		createEAttribute(qualificationEClass, QUALIFICATION__LIVED_EXPERIENCE);

		interviewPlanEClass = createEClass(INTERVIEW_PLAN);
		createEReference(interviewPlanEClass, INTERVIEW_PLAN__PANEL);
		createEAttribute(interviewPlanEClass, INTERVIEW_PLAN__PEERS_WROTE_QUESTIONS);
		createEReference(interviewPlanEClass, INTERVIEW_PLAN__QUESTIONS);

		interviewQuestionEClass = createEClass(INTERVIEW_QUESTION);
		createEAttribute(interviewQuestionEClass, INTERVIEW_QUESTION__TEXT);
		createEAttribute(interviewQuestionEClass, INTERVIEW_QUESTION__BANK);
		createEAttribute(interviewQuestionEClass, INTERVIEW_QUESTION__LOOK_FOR);

		backgroundCheckEClass = createEClass(BACKGROUND_CHECK);
		createEAttribute(backgroundCheckEClass, BACKGROUND_CHECK__MEGANS_LAW);
		createEAttribute(backgroundCheckEClass, BACKGROUND_CHECK__LIVE_SCAN);
		createEAttribute(backgroundCheckEClass, BACKGROUND_CHECK__DMV_HISTORY);
		createEAttribute(backgroundCheckEClass, BACKGROUND_CHECK__OFFER_CONTINGENT);

		supervisionPlanEClass = createEClass(SUPERVISION_PLAN);
		createEAttribute(supervisionPlanEClass, SUPERVISION_PLAN__NON_PEER_CHECK_INS);
		createEReference(supervisionPlanEClass, SUPERVISION_PLAN__PEER_INTERACTION);
		createEReference(supervisionPlanEClass, SUPERVISION_PLAN__SUPPORT_PROVISIONS);
		createEReference(supervisionPlanEClass, SUPERVISION_PLAN__WELLBEING_PRACTICES);

		peerInteractionEventEClass = createEClass(PEER_INTERACTION_EVENT);
		createEAttribute(peerInteractionEventEClass, PEER_INTERACTION_EVENT__NAME);
		createEAttribute(peerInteractionEventEClass, PEER_INTERACTION_EVENT__FREQUENCY);
		createEAttribute(peerInteractionEventEClass, PEER_INTERACTION_EVENT__FACILITATED_BY_PEER);

		supportProvisionEClass = createEClass(SUPPORT_PROVISION);
		createEAttribute(supportProvisionEClass, SUPPORT_PROVISION__TRIGGER);
		createEAttribute(supportProvisionEClass, SUPPORT_PROVISION__DESCRIPTION);

		wellbeingPracticeEClass = createEClass(WELLBEING_PRACTICE);
		createEAttribute(wellbeingPracticeEClass, WELLBEING_PRACTICE__KIND);
		createEAttribute(wellbeingPracticeEClass, WELLBEING_PRACTICE__DESCRIPTION);

		trainingPlanEClass = createEClass(TRAINING_PLAN);
		createEReference(trainingPlanEClass, TRAINING_PLAN__SESSIONS);

		trainingSessionEClass = createEClass(TRAINING_SESSION);
		createEAttribute(trainingSessionEClass, TRAINING_SESSION__TITLE);
		createEReference(trainingSessionEClass, TRAINING_SESSION__COURSE);
		createEAttribute(trainingSessionEClass, TRAINING_SESSION__DATE);
		createEReference(trainingSessionEClass, TRAINING_SESSION__ATTENDEES);
		createEAttribute(trainingSessionEClass, TRAINING_SESSION__ADDITIONAL_ATTENDEES);
		createEAttribute(trainingSessionEClass, TRAINING_SESSION__COST);
		createEReference(trainingSessionEClass, TRAINING_SESSION__COVERS);

		budgetEClass = createEClass(BUDGET);
		createEAttribute(budgetEClass, BUDGET__FISCAL_YEAR_START_MONTH);
		createEReference(budgetEClass, BUDGET__LINES);

		budgetLineEClass = createEClass(BUDGET_LINE);
		createEAttribute(budgetLineEClass, BUDGET_LINE__CATEGORY);
		createEAttribute(budgetLineEClass, BUDGET_LINE__DESCRIPTION);
		createEAttribute(budgetLineEClass, BUDGET_LINE__AMOUNT);
		createEAttribute(budgetLineEClass, BUDGET_LINE__YEAR);

		riskEClass = createEClass(RISK);
		createEAttribute(riskEClass, RISK__TITLE);
		createEAttribute(riskEClass, RISK__DESCRIPTION);
		createEAttribute(riskEClass, RISK__KIND);
		createEAttribute(riskEClass, RISK__LIKELIHOOD);
		createEAttribute(riskEClass, RISK__IMPACT);
		createEAttribute(riskEClass, RISK__MITIGATION);
		createEReference(riskEClass, RISK__OWNER);
		createEReference(riskEClass, RISK__ACTIONS);

		policyDecisionEClass = createEClass(POLICY_DECISION);
		createEAttribute(policyDecisionEClass, POLICY_DECISION__TOPIC);
		createEAttribute(policyDecisionEClass, POLICY_DECISION__TITLE);
		createEAttribute(policyDecisionEClass, POLICY_DECISION__POSITION);
		createEAttribute(policyDecisionEClass, POLICY_DECISION__SAFEGUARDS);
		createEAttribute(policyDecisionEClass, POLICY_DECISION__DECIDED_ON);
		createEReference(policyDecisionEClass, POLICY_DECISION__DECIDED_BY);

		outcomeMeasureEClass = createEClass(OUTCOME_MEASURE);
		createEAttribute(outcomeMeasureEClass, OUTCOME_MEASURE__NAME);
		createEAttribute(outcomeMeasureEClass, OUTCOME_MEASURE__DESCRIPTION);
		createEAttribute(outcomeMeasureEClass, OUTCOME_MEASURE__RECOVERY_BASED);
		createEAttribute(outcomeMeasureEClass, OUTCOME_MEASURE__DEFINED_WITH_PEERS);
		createEAttribute(outcomeMeasureEClass, OUTCOME_MEASURE__DATA_SOURCE);

		performanceManagementEClass = createEClass(PERFORMANCE_MANAGEMENT);
		createEReference(performanceManagementEClass, PERFORMANCE_MANAGEMENT__EVALUATIONS);
		createEReference(performanceManagementEClass, PERFORMANCE_MANAGEMENT__WORK_PLANS);
		createEReference(performanceManagementEClass, PERFORMANCE_MANAGEMENT__PLANS_OF_ACTION);
		createEReference(performanceManagementEClass, PERFORMANCE_MANAGEMENT__ACCOMMODATIONS);

		performanceEvaluationEClass = createEClass(PERFORMANCE_EVALUATION);
		createEReference(performanceEvaluationEClass, PERFORMANCE_EVALUATION__EMPLOYEE);
		createEReference(performanceEvaluationEClass, PERFORMANCE_EVALUATION__ROLE);
		createEAttribute(performanceEvaluationEClass, PERFORMANCE_EVALUATION__DATE);
		createEReference(performanceEvaluationEClass, PERFORMANCE_EVALUATION__RATINGS);
		createEReference(performanceEvaluationEClass, PERFORMANCE_EVALUATION__COMMENTS);

		evaluationEntryEClass = createEClass(EVALUATION_ENTRY);
		createEReference(evaluationEntryEClass, EVALUATION_ENTRY__ITEM);
		createEAttribute(evaluationEntryEClass, EVALUATION_ENTRY__RATING);

		categoryCommentEClass = createEClass(CATEGORY_COMMENT);
		createEReference(categoryCommentEClass, CATEGORY_COMMENT__CATEGORY);
		createEAttribute(categoryCommentEClass, CATEGORY_COMMENT__COMMENT);

		collaborativeWorkPlanEClass = createEClass(COLLABORATIVE_WORK_PLAN);
		createEReference(collaborativeWorkPlanEClass, COLLABORATIVE_WORK_PLAN__EMPLOYEE);
		createEReference(collaborativeWorkPlanEClass, COLLABORATIVE_WORK_PLAN__MANAGER);
		createEAttribute(collaborativeWorkPlanEClass, COLLABORATIVE_WORK_PLAN__START_DATE);
		createEAttribute(collaborativeWorkPlanEClass, COLLABORATIVE_WORK_PLAN__END_DATE);
		createEAttribute(collaborativeWorkPlanEClass, COLLABORATIVE_WORK_PLAN__EXPIRATION_DATE);
		createEAttribute(collaborativeWorkPlanEClass, COLLABORATIVE_WORK_PLAN__MEETING_FREQUENCY);
		createEAttribute(collaborativeWorkPlanEClass, COLLABORATIVE_WORK_PLAN__MEETING_MINUTES);
		createEAttribute(collaborativeWorkPlanEClass, COLLABORATIVE_WORK_PLAN__MEETING_DAY);
		createEAttribute(collaborativeWorkPlanEClass, COLLABORATIVE_WORK_PLAN__MEETING_TIME);
		createEReference(collaborativeWorkPlanEClass, COLLABORATIVE_WORK_PLAN__BASICS);
		createEReference(collaborativeWorkPlanEClass, COLLABORATIVE_WORK_PLAN__NEEDS);
		createEReference(collaborativeWorkPlanEClass, COLLABORATIVE_WORK_PLAN__STEPS);
		createEAttribute(collaborativeWorkPlanEClass, COLLABORATIVE_WORK_PLAN__SUCCESS_INDICATORS);

		developmentPlanAnswerEClass = createEClass(DEVELOPMENT_PLAN_ANSWER);
		createEReference(developmentPlanAnswerEClass, DEVELOPMENT_PLAN_ANSWER__ITEM);
		createEAttribute(developmentPlanAnswerEClass, DEVELOPMENT_PLAN_ANSWER__ANSWER);
		createEReference(developmentPlanAnswerEClass, DEVELOPMENT_PLAN_ANSWER__ADDRESSED_BY);

		workPlanNeedEClass = createEClass(WORK_PLAN_NEED);
		createEAttribute(workPlanNeedEClass, WORK_PLAN_NEED__TYPE);
		createEAttribute(workPlanNeedEClass, WORK_PLAN_NEED__TEXT);

		workPlanStepEClass = createEClass(WORK_PLAN_STEP);
		createEAttribute(workPlanStepEClass, WORK_PLAN_STEP__OWNER);
		createEAttribute(workPlanStepEClass, WORK_PLAN_STEP__TEXT);

		planOfActionEClass = createEClass(PLAN_OF_ACTION);
		createEReference(planOfActionEClass, PLAN_OF_ACTION__EMPLOYEE);
		createEAttribute(planOfActionEClass, PLAN_OF_ACTION__AREA);
		createEAttribute(planOfActionEClass, PLAN_OF_ACTION__START_DATE);
		createEAttribute(planOfActionEClass, PLAN_OF_ACTION__END_DATE);
		createEAttribute(planOfActionEClass, PLAN_OF_ACTION__OUTCOME);

		accommodationEClass = createEClass(ACCOMMODATION);
		createEReference(accommodationEClass, ACCOMMODATION__EMPLOYEE);
		createEAttribute(accommodationEClass, ACCOMMODATION__DESCRIPTION);
		createEAttribute(accommodationEClass, ACCOMMODATION__LOWERS_EXPECTATIONS);

		ruleWaiverEClass = createEClass(RULE_WAIVER);
		createEAttribute(ruleWaiverEClass, RULE_WAIVER__RULE_ID);
		createEAttribute(ruleWaiverEClass, RULE_WAIVER__REASON);
		createEAttribute(ruleWaiverEClass, RULE_WAIVER__WAIVED_BY);
		createEAttribute(ruleWaiverEClass, RULE_WAIVER__WAIVED_ON);

		baselineEClass = createEClass(BASELINE);
		createEAttribute(baselineEClass, BASELINE__NAME);
		createEAttribute(baselineEClass, BASELINE__SET_ON);
		createEAttribute(baselineEClass, BASELINE__FIRST_PEER_START);
		createEReference(baselineEClass, BASELINE__TASKS);
		createEReference(baselineEClass, BASELINE__BUDGET_YEARS);
		createEReference(baselineEClass, BASELINE__OPEN_FINDINGS);

		taskBaselineEClass = createEClass(TASK_BASELINE);
		createEAttribute(taskBaselineEClass, TASK_BASELINE__TASK_ID);
		createEAttribute(taskBaselineEClass, TASK_BASELINE__NAME);
		createEAttribute(taskBaselineEClass, TASK_BASELINE__STAGE);
		createEAttribute(taskBaselineEClass, TASK_BASELINE__START);
		createEAttribute(taskBaselineEClass, TASK_BASELINE__FINISH);
		createEAttribute(taskBaselineEClass, TASK_BASELINE__DURATION_DAYS);
		createEAttribute(taskBaselineEClass, TASK_BASELINE__STATUS);

		budgetYearBaselineEClass = createEClass(BUDGET_YEAR_BASELINE);
		createEAttribute(budgetYearBaselineEClass, BUDGET_YEAR_BASELINE__YEAR);
		createEAttribute(budgetYearBaselineEClass, BUDGET_YEAR_BASELINE__TOTAL);

		findingBaselineEClass = createEClass(FINDING_BASELINE);
		createEAttribute(findingBaselineEClass, FINDING_BASELINE__RULE_ID);
		createEAttribute(findingBaselineEClass, FINDING_BASELINE__PLACE);
		createEAttribute(findingBaselineEClass, FINDING_BASELINE__ELEMENT_ID);
		createEAttribute(findingBaselineEClass, FINDING_BASELINE__MESSAGE);

		// Create enums
		staffLevelEEnum = createEEnum(STAFF_LEVEL);
		quizAnswerValueEEnum = createEEnum(QUIZ_ANSWER_VALUE);
		likertAgreementEEnum = createEEnum(LIKERT_AGREEMENT);
		assessmentAnswerValueEEnum = createEEnum(ASSESSMENT_ANSWER_VALUE);
		competencyRatingEEnum = createEEnum(COMPETENCY_RATING);
		taskStatusEEnum = createEEnum(TASK_STATUS);
		findingStatusEEnum = createEEnum(FINDING_STATUS);
		planningStatusEEnum = createEEnum(PLANNING_STATUS);
		rootCauseCategoryEEnum = createEEnum(ROOT_CAUSE_CATEGORY);
		actionStatusEEnum = createEEnum(ACTION_STATUS);
		peerWorkerTypeEEnum = createEEnum(PEER_WORKER_TYPE);
		payPatternEEnum = createEEnum(PAY_PATTERN);
		peerSupervisorSourceEEnum = createEEnum(PEER_SUPERVISOR_SOURCE);
		checkInFrequencyEEnum = createEEnum(CHECK_IN_FREQUENCY);
		eventFrequencyEEnum = createEEnum(EVENT_FREQUENCY);
		riskLevelEEnum = createEEnum(RISK_LEVEL);
		riskKindEEnum = createEEnum(RISK_KIND);
		budgetCategoryEEnum = createEEnum(BUDGET_CATEGORY);
		decisionTopicEEnum = createEEnum(DECISION_TOPIC);
		supportTriggerEEnum = createEEnum(SUPPORT_TRIGGER);
		wellbeingPracticeKindEEnum = createEEnum(WELLBEING_PRACTICE_KIND);
		interviewQuestionBankEEnum = createEEnum(INTERVIEW_QUESTION_BANK);
		evaluationRatingEEnum = createEEnum(EVALUATION_RATING);
		workPlanNeedTypeEEnum = createEEnum(WORK_PLAN_NEED_TYPE);
		workPlanPartyEEnum = createEEnum(WORK_PLAN_PARTY);
		planOfActionOutcomeEEnum = createEEnum(PLAN_OF_ACTION_OUTCOME);
		yesNoEEnum = createEEnum(YES_NO);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		CatalogPackage theCatalogPackage = (CatalogPackage)EPackage.Registry.INSTANCE.getEPackage(CatalogPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(implementationPlanEClass, ImplementationPlan.class, "ImplementationPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getImplementationPlan_Name(), ecorePackage.getEString(), "name", null, 0, 1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImplementationPlan_Consultant(), ecorePackage.getEString(), "consultant", null, 0, 1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImplementationPlan_PreparedOn(), this.getLocalDate(), "preparedOn", null, 0, 1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImplementationPlan_Agency(), this.getAgency(), null, "agency", null, 1, 1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImplementationPlan_Readiness(), this.getReadinessAssessment(), null, "readiness", null, 1, 1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImplementationPlan_Timeline(), this.getTimeline(), null, "timeline", null, 1, 1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImplementationPlan_PolicyReview(), this.getPolicyReview(), null, "policyReview", null, 1, 1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImplementationPlan_RootCauseAnalyses(), this.getRootCauseAnalysis(), null, "rootCauseAnalyses", null, 0, -1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImplementationPlan_Actions(), this.getAction(), null, "actions", null, 0, -1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImplementationPlan_Roles(), this.getPeerRole(), null, "roles", null, 0, -1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImplementationPlan_Supervision(), this.getSupervisionPlan(), null, "supervision", null, 1, 1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImplementationPlan_TrainingPlan(), this.getTrainingPlan(), null, "trainingPlan", null, 1, 1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImplementationPlan_Budget(), this.getBudget(), null, "budget", null, 1, 1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImplementationPlan_Risks(), this.getRisk(), null, "risks", null, 0, -1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImplementationPlan_Decisions(), this.getPolicyDecision(), null, "decisions", null, 0, -1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImplementationPlan_Outcomes(), this.getOutcomeMeasure(), null, "outcomes", null, 0, -1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImplementationPlan_Performance(), this.getPerformanceManagement(), null, "performance", null, 1, 1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImplementationPlan_RuleWaivers(), this.getRuleWaiver(), null, "ruleWaivers", null, 0, -1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImplementationPlan_Baselines(), this.getBaseline(), null, "baselines", null, 0, -1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getImplementationPlan_CurrentBaseline(), this.getBaseline(), null, "currentBaseline", null, 0, 1, ImplementationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(agencyEClass, Agency.class, "Agency", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAgency_Name(), ecorePackage.getEString(), "name", null, 0, 1, Agency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgency_State(), ecorePackage.getEString(), "state", null, 0, 1, Agency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgency_Region(), ecorePackage.getEString(), "region", null, 0, 1, Agency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgency_Mission(), ecorePackage.getEString(), "mission", null, 0, 1, Agency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgency_Vision(), ecorePackage.getEString(), "vision", null, 0, 1, Agency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgency_Values(), ecorePackage.getEString(), "values", null, 0, 1, Agency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgency_BillsMedicaidForPeerServices(), ecorePackage.getEBoolean(), "billsMedicaidForPeerServices", null, 0, 1, Agency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgency_LivingWageHourly(), ecorePackage.getEBigDecimal(), "livingWageHourly", null, 0, 1, Agency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgency_LowestHourlyRate(), ecorePackage.getEBigDecimal(), "lowestHourlyRate", null, 0, 1, Agency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgency_EntryLevelDirectSupportRate(), ecorePackage.getEBigDecimal(), "entryLevelDirectSupportRate", null, 0, 1, Agency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgency_HoursPerFte(), ecorePackage.getEInt(), "hoursPerFte", "2080", 0, 1, Agency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgency_FringeBenefitRate(), ecorePackage.getEDoubleObject(), "fringeBenefitRate", null, 0, 1, Agency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgency_MedicaidHourlyRate(), ecorePackage.getEBigDecimal(), "medicaidHourlyRate", null, 0, 1, Agency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgency_BillableShare(), ecorePackage.getEDoubleObject(), "billableShare", null, 0, 1, Agency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAgency_Programs(), this.getProgram(), null, "programs", null, 0, -1, Agency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAgency_People(), this.getPerson(), null, "people", null, 0, -1, Agency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAgency_FunderConstraints(), this.getFunderConstraint(), null, "funderConstraints", null, 0, -1, Agency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAgency_AdvisoryBoard(), this.getAdvisoryBoard(), null, "advisoryBoard", null, 0, 1, Agency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAgency_Holidays(), this.getHoliday(), null, "holidays", null, 0, -1, Agency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(holidayEClass, Holiday.class, "Holiday", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHoliday_Name(), ecorePackage.getEString(), "name", null, 0, 1, Holiday.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHoliday_Date(), this.getLocalDate(), "date", null, 0, 1, Holiday.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(programEClass, Program.class, "Program", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProgram_Name(), ecorePackage.getEString(), "name", null, 0, 1, Program.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgram_Description(), ecorePackage.getEString(), "description", null, 0, 1, Program.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(personEClass, Person.class, "Person", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPerson_Name(), ecorePackage.getEString(), "name", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Title(), ecorePackage.getEString(), "title", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Level(), this.getStaffLevel(), "level", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Organization(), ecorePackage.getEString(), "organization", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Peer(), ecorePackage.getEBoolean(), "peer", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Champion(), ecorePackage.getEBoolean(), "champion", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_HighLevelAdministrator(), ecorePackage.getEBoolean(), "highLevelAdministrator", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_MastersLevelClinician(), ecorePackage.getEBoolean(), "mastersLevelClinician", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_TrainedInPeerRole(), ecorePackage.getEBoolean(), "trainedInPeerRole", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_PeerSupervisorTraining(), ecorePackage.getEBoolean(), "peerSupervisorTraining", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_ReceivesServices(), ecorePackage.getEBoolean(), "receivesServices", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_NamedWithLivedExperience(), ecorePackage.getEBoolean(), "namedWithLivedExperience", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_NamingConsentOn(), this.getLocalDate(), "namingConsentOn", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(funderConstraintEClass, FunderConstraint.class, "FunderConstraint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFunderConstraint_Funder(), ecorePackage.getEString(), "funder", null, 0, 1, FunderConstraint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFunderConstraint_Description(), ecorePackage.getEString(), "description", null, 0, 1, FunderConstraint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFunderConstraint_FirstPeerStartBy(), this.getLocalDate(), "firstPeerStartBy", null, 0, 1, FunderConstraint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFunderConstraint_AnnualAmount(), ecorePackage.getEBigDecimal(), "annualAmount", null, 0, 1, FunderConstraint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(advisoryBoardEClass, AdvisoryBoard.class, "AdvisoryBoard", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAdvisoryBoard_Name(), ecorePackage.getEString(), "name", null, 0, 1, AdvisoryBoard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdvisoryBoard_ServiceUserMembers(), ecorePackage.getEInt(), "serviceUserMembers", null, 0, 1, AdvisoryBoard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAdvisoryBoard_Members(), this.getPerson(), null, "members", null, 0, -1, AdvisoryBoard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdvisoryBoard_Established(), this.getLocalDate(), "established", null, 0, 1, AdvisoryBoard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(readinessAssessmentEClass, ReadinessAssessment.class, "ReadinessAssessment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getReadinessAssessment_Respondents(), this.getRespondent(), null, "respondents", null, 0, -1, ReadinessAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReadinessAssessment_Motivation(), this.getMotivationAnswer(), null, "motivation", null, 0, -1, ReadinessAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReadinessAssessment_SurveyResponses(), this.getSurveyResponse(), null, "surveyResponses", null, 0, -1, ReadinessAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReadinessAssessment_Competencies(), this.getCompetencyAssessment(), null, "competencies", null, 0, -1, ReadinessAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReadinessAssessment_Benchmarks(), this.getTimelineBenchmark(), null, "benchmarks", null, 0, -1, ReadinessAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(respondentEClass, Respondent.class, "Respondent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRespondent_Person(), this.getPerson(), null, "person", null, 1, 1, Respondent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRespondent_AnsweredOn(), this.getLocalDate(), "answeredOn", null, 0, 1, Respondent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRespondent_Answers(), this.getQuizAnswer(), null, "answers", null, 0, -1, Respondent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(quizAnswerEClass, QuizAnswer.class, "QuizAnswer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getQuizAnswer_Item(), theCatalogPackage.getQuizItemDef(), null, "item", null, 1, 1, QuizAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuizAnswer_Value(), this.getQuizAnswerValue(), "value", null, 0, 1, QuizAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuizAnswer_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, QuizAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(motivationAnswerEClass, MotivationAnswer.class, "MotivationAnswer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMotivationAnswer_Question(), theCatalogPackage.getMotivationQuestionDef(), null, "question", null, 1, 1, MotivationAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMotivationAnswer_Answer(), ecorePackage.getEString(), "answer", null, 0, 1, MotivationAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMotivationAnswer_Struggled(), ecorePackage.getEBoolean(), "struggled", null, 0, 1, MotivationAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(surveyResponseEClass, SurveyResponse.class, "SurveyResponse", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSurveyResponse_Respondent(), ecorePackage.getEString(), "respondent", null, 0, 1, SurveyResponse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSurveyResponse_Answers(), this.getSurveyAnswer(), null, "answers", null, 0, -1, SurveyResponse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(surveyAnswerEClass, SurveyAnswer.class, "SurveyAnswer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSurveyAnswer_Item(), theCatalogPackage.getSurveyItemDef(), null, "item", null, 1, 1, SurveyAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurveyAnswer_Value(), this.getLikertAgreement(), "value", null, 0, 1, SurveyAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(competencyAssessmentEClass, CompetencyAssessment.class, "CompetencyAssessment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCompetencyAssessment_Competency(), theCatalogPackage.getCompetencyDef(), null, "competency", null, 1, 1, CompetencyAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompetencyAssessment_Rating(), this.getCompetencyRating(), "rating", null, 0, 1, CompetencyAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompetencyAssessment_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, CompetencyAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCompetencyAssessment_AssessedBy(), this.getPerson(), null, "assessedBy", null, 0, 1, CompetencyAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCompetencyAssessment_Answers(), this.getAssessmentAnswer(), null, "answers", null, 0, -1, CompetencyAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assessmentAnswerEClass, AssessmentAnswer.class, "AssessmentAnswer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAssessmentAnswer_Question(), theCatalogPackage.getAssessmentQuestionDef(), null, "question", null, 1, 1, AssessmentAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessmentAnswer_Value(), this.getAssessmentAnswerValue(), "value", null, 0, 1, AssessmentAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessmentAnswer_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, AssessmentAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(timelineBenchmarkEClass, TimelineBenchmark.class, "TimelineBenchmark", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTimelineBenchmark_Organization(), ecorePackage.getEString(), "organization", null, 0, 1, TimelineBenchmark.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimelineBenchmark_Months(), ecorePackage.getEInt(), "months", null, 0, 1, TimelineBenchmark.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimelineBenchmark_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, TimelineBenchmark.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(timelineEClass, Timeline.class, "Timeline", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTimeline_PlanStart(), this.getLocalDate(), "planStart", null, 0, 1, Timeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimeline_FirstPeerStart(), this.getLocalDate(), "firstPeerStart", null, 0, 1, Timeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTimeline_Stages(), this.getStage(), null, "stages", null, 0, -1, Timeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTimeline_SpeedUps(), this.getSpeedUpChoice(), null, "speedUps", null, 0, -1, Timeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stageEClass, Stage.class, "Stage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStage_Name(), ecorePackage.getEString(), "name", null, 0, 1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStage_Kind(), theCatalogPackage.getImplementationStage(), "kind", null, 0, 1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStage_Template(), theCatalogPackage.getStageTemplate(), null, "template", null, 0, 1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStage_Tasks(), this.getTask(), null, "tasks", null, 0, -1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(taskEClass, Task.class, "Task", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTask_Name(), ecorePackage.getEString(), "name", null, 0, 1, Task.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTask_Description(), ecorePackage.getEString(), "description", null, 0, 1, Task.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTask_Owner(), this.getPerson(), null, "owner", null, 0, 1, Task.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTask_Start(), this.getLocalDate(), "start", null, 0, 1, Task.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTask_DurationDays(), ecorePackage.getEInt(), "durationDays", null, 0, 1, Task.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTask_DependsOn(), this.getTask(), null, "dependsOn", null, 0, -1, Task.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTask_Status(), this.getTaskStatus(), "status", null, 0, 1, Task.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTask_Milestone(), ecorePackage.getEBoolean(), "milestone", null, 0, 1, Task.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTask_Deliverable(), ecorePackage.getEString(), "deliverable", null, 0, 1, Task.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTask_Guidance(), theCatalogPackage.getCitation(), null, "guidance", null, 0, 1, Task.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTask_Template(), theCatalogPackage.getTaskTemplate(), null, "template", null, 0, 1, Task.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTask_Covers(), theCatalogPackage.getChecklistItemDef(), null, "covers", null, 0, -1, Task.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(speedUpChoiceEClass, SpeedUpChoice.class, "SpeedUpChoice", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSpeedUpChoice_Option(), theCatalogPackage.getSpeedUpOptionDef(), null, "option", null, 1, 1, SpeedUpChoice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpeedUpChoice_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, SpeedUpChoice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpeedUpChoice_Cost(), ecorePackage.getEBigDecimal(), "cost", null, 0, 1, SpeedUpChoice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSpeedUpChoice_Task(), this.getTask(), null, "task", null, 0, 1, SpeedUpChoice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(policyReviewEClass, PolicyReview.class, "PolicyReview", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPolicyReview_ReviewedOn(), this.getLocalDate(), "reviewedOn", null, 0, 1, PolicyReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicyReview_Reviewer(), this.getPerson(), null, "reviewer", null, 0, 1, PolicyReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicyReview_Findings(), this.getPolicyFinding(), null, "findings", null, 0, -1, PolicyReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicyReview_Policies(), this.getPolicy(), null, "policies", null, 0, -1, PolicyReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicyReview_PlanningItems(), this.getPlanningItemStatus(), null, "planningItems", null, 0, -1, PolicyReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicyReview_RiskFactors(), this.getRiskFactorMapping(), null, "riskFactors", null, 0, -1, PolicyReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(policyFindingEClass, PolicyFinding.class, "PolicyFinding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPolicyFinding_Item(), theCatalogPackage.getPolicyCheckItemDef(), null, "item", null, 1, 1, PolicyFinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyFinding_Status(), this.getFindingStatus(), "status", null, 0, 1, PolicyFinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyFinding_Evidence(), ecorePackage.getEString(), "evidence", null, 0, 1, PolicyFinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(policyEClass, Policy.class, "Policy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPolicy_Name(), ecorePackage.getEString(), "name", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicy_Description(), ecorePackage.getEString(), "description", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicy_PeerRolesOnly(), ecorePackage.getEBoolean(), "peerRolesOnly", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicy_Flexible(), ecorePackage.getEBoolean(), "flexible", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planningItemStatusEClass, PlanningItemStatus.class, "PlanningItemStatus", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPlanningItemStatus_Item(), theCatalogPackage.getPlanningItemDef(), null, "item", null, 1, 1, PlanningItemStatus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanningItemStatus_Status(), this.getPlanningStatus(), "status", null, 0, 1, PlanningItemStatus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanningItemStatus_Owner(), this.getPerson(), null, "owner", null, 0, 1, PlanningItemStatus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanningItemStatus_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, PlanningItemStatus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanningItemStatus_Actions(), this.getAction(), null, "actions", null, 0, -1, PlanningItemStatus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(riskFactorMappingEClass, RiskFactorMapping.class, "RiskFactorMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRiskFactorMapping_Factor(), theCatalogPackage.getRiskFactorDef(), null, "factor", null, 1, 1, RiskFactorMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRiskFactorMapping_CurrentPractice(), ecorePackage.getEString(), "currentPractice", null, 0, 1, RiskFactorMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRiskFactorMapping_Gap(), ecorePackage.getEString(), "gap", null, 0, 1, RiskFactorMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRiskFactorMapping_Policies(), this.getPolicy(), null, "policies", null, 0, -1, RiskFactorMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRiskFactorMapping_Actions(), this.getAction(), null, "actions", null, 0, -1, RiskFactorMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rootCauseAnalysisEClass, RootCauseAnalysis.class, "RootCauseAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRootCauseAnalysis_Title(), ecorePackage.getEString(), "title", null, 0, 1, RootCauseAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRootCauseAnalysis_Challenge(), ecorePackage.getEString(), "challenge", null, 0, 1, RootCauseAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRootCauseAnalysis_CurrentSituation(), ecorePackage.getEString(), "currentSituation", null, 0, 1, RootCauseAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRootCauseAnalysis_RelatedFindings(), this.getPolicyFinding(), null, "relatedFindings", null, 0, -1, RootCauseAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRootCauseAnalysis_RelatedCompetency(), theCatalogPackage.getCompetencyDef(), null, "relatedCompetency", null, 0, 1, RootCauseAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRootCauseAnalysis_Causes(), this.getCause(), null, "causes", null, 0, -1, RootCauseAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(causeEClass, Cause.class, "Cause", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCause_Category(), this.getRootCauseCategory(), "category", null, 0, 1, Cause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCause_Description(), ecorePackage.getEString(), "description", null, 0, 1, Cause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCause_Whys(), this.getWhy(), null, "whys", null, 0, -1, Cause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCause_Details(), ecorePackage.getEString(), "details", null, 0, 1, Cause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCause_SubCauses(), this.getCause(), null, "subCauses", null, 0, -1, Cause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCause_Interventions(), this.getIntervention(), null, "interventions", null, 0, -1, Cause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(whyEClass, Why.class, "Why", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWhy_Text(), ecorePackage.getEString(), "text", null, 0, 1, Why.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interventionEClass, Intervention.class, "Intervention", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIntervention_Description(), ecorePackage.getEString(), "description", null, 0, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIntervention_Actions(), this.getAction(), null, "actions", null, 0, -1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(actionEClass, Action.class, "Action", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAction_Title(), ecorePackage.getEString(), "title", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_Description(), ecorePackage.getEString(), "description", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAction_Owner(), this.getPerson(), null, "owner", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_Due(), this.getLocalDate(), "due", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_Status(), this.getActionStatus(), "status", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_Cost(), ecorePackage.getEBigDecimal(), "cost", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAction_SuccessMeasure(), ecorePackage.getEString(), "successMeasure", null, 0, 1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAction_Addresses(), this.getCause(), null, "addresses", null, 0, -1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAction_Findings(), this.getPolicyFinding(), null, "findings", null, 0, -1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAction_Tasks(), this.getTask(), null, "tasks", null, 0, -1, Action.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(peerRoleEClass, PeerRole.class, "PeerRole", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPeerRole_Title(), ecorePackage.getEString(), "title", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeerRole_Type(), this.getPeerWorkerType(), "type", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeerRole_Population(), theCatalogPackage.getPopulationServed(), "population", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeerRole_LivedExperienceRequirement(), ecorePackage.getEString(), "livedExperienceRequirement", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPeerRole_Program(), this.getProgram(), null, "program", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeerRole_Fte(), ecorePackage.getEDouble(), "fte", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeerRole_HoursPerWeek(), ecorePackage.getEDouble(), "hoursPerWeek", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeerRole_HourlyRate(), ecorePackage.getEBigDecimal(), "hourlyRate", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeerRole_PayPattern(), this.getPayPattern(), "payPattern", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeerRole_PayBenchmarked(), ecorePackage.getEBoolean(), "payBenchmarked", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeerRole_PayRecognizesLivedExperience(), ecorePackage.getEBoolean(), "payRecognizesLivedExperience", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeerRole_PayLinkedToTraining(), ecorePackage.getEBoolean(), "payLinkedToTraining", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPeerRole_ReportsTo(), this.getPerson(), null, "reportsTo", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPeerRole_AdministrativeSupervisor(), this.getPerson(), null, "administrativeSupervisor", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPeerRole_ProfessionalDevelopmentSupervisor(), this.getPerson(), null, "professionalDevelopmentSupervisor", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeerRole_SupervisorSource(), this.getPeerSupervisorSource(), "supervisorSource", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeerRole_ContractedSupervisionPerYear(), ecorePackage.getEBigDecimal(), "contractedSupervisionPerYear", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeerRole_CheckInFrequency(), this.getCheckInFrequency(), "checkInFrequency", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeerRole_Caseload(), ecorePackage.getEBoolean(), "caseload", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeerRole_Drives(), ecorePackage.getEBoolean(), "drives", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeerRole_Certification(), ecorePackage.getEString(), "certification", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeerRole_CertificationWithinMonths(), ecorePackage.getEInt(), "certificationWithinMonths", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeerRole_PlannedCeHoursPerTwoYears(), ecorePackage.getEDouble(), "plannedCeHoursPerTwoYears", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeerRole_HiringRationale(), ecorePackage.getEString(), "hiringRationale", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeerRole_FilledByRetitling(), ecorePackage.getEBoolean(), "filledByRetitling", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeerRole_MinimumApplicants(), ecorePackage.getEInt(), "minimumApplicants", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPeerRole_Duties(), this.getDuty(), null, "duties", null, 0, -1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPeerRole_CareerLadder(), this.getCareerStep(), null, "careerLadder", null, 0, -1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPeerRole_JobDescription(), this.getJobDescription(), null, "jobDescription", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPeerRole_Interview(), this.getInterviewPlan(), null, "interview", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPeerRole_BackgroundCheck(), this.getBackgroundCheck(), null, "backgroundCheck", null, 0, 1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPeerRole_Holders(), this.getPerson(), null, "holders", null, 0, -1, PeerRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dutyEClass, Duty.class, "Duty", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDuty_Description(), ecorePackage.getEString(), "description", null, 0, 1, Duty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDuty_Routine(), ecorePackage.getEBoolean(), "routine", null, 0, 1, Duty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDuty_ConflictsWith(), theCatalogPackage.getConflictingDutyDef(), null, "conflictsWith", null, 0, 1, Duty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDuty_Justification(), ecorePackage.getEString(), "justification", null, 0, 1, Duty.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(careerStepEClass, CareerStep.class, "CareerStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCareerStep_Title(), ecorePackage.getEString(), "title", null, 0, 1, CareerStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCareerStep_Description(), ecorePackage.getEString(), "description", null, 0, 1, CareerStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(jobDescriptionEClass, JobDescription.class, "JobDescription", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getJobDescription_Function(), ecorePackage.getEString(), "function", null, 0, 1, JobDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJobDescription_ReportingRelationships(), ecorePackage.getEString(), "reportingRelationships", null, 0, 1, JobDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJobDescription_SupervisorTitle(), ecorePackage.getEString(), "supervisorTitle", null, 0, 1, JobDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJobDescription_Responsibilities(), this.getResponsibility(), null, "responsibilities", null, 0, -1, JobDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJobDescription_Qualifications(), this.getQualification(), null, "qualifications", null, 0, -1, JobDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJobDescription_EmploymentConditions(), ecorePackage.getEString(), "employmentConditions", null, 0, 1, JobDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJobDescription_PayRange(), ecorePackage.getEString(), "payRange", null, 0, 1, JobDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJobDescription_ReviewedByPeerExperienced(), ecorePackage.getEBoolean(), "reviewedByPeerExperienced", null, 0, 1, JobDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJobDescription_ApprovedOn(), this.getLocalDate(), "approvedOn", null, 0, 1, JobDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(responsibilityEClass, Responsibility.class, "Responsibility", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getResponsibility_Area(), ecorePackage.getEString(), "area", null, 0, 1, Responsibility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResponsibility_Duties(), ecorePackage.getEString(), "duties", null, 0, -1, Responsibility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(qualificationEClass, Qualification.class, "Qualification", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getQualification_Text(), ecorePackage.getEString(), "text", null, 0, 1, Qualification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQualification_Required(), ecorePackage.getEBoolean(), "required", null, 0, 1, Qualification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQualification_LivedExperience(), ecorePackage.getEBoolean(), "livedExperience", null, 0, 1, Qualification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interviewPlanEClass, InterviewPlan.class, "InterviewPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getInterviewPlan_Panel(), this.getPerson(), null, "panel", null, 0, -1, InterviewPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterviewPlan_PeersWroteQuestions(), ecorePackage.getEBoolean(), "peersWroteQuestions", null, 0, 1, InterviewPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInterviewPlan_Questions(), this.getInterviewQuestion(), null, "questions", null, 0, -1, InterviewPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interviewQuestionEClass, InterviewQuestion.class, "InterviewQuestion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterviewQuestion_Text(), ecorePackage.getEString(), "text", null, 0, 1, InterviewQuestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterviewQuestion_Bank(), this.getInterviewQuestionBank(), "bank", null, 0, 1, InterviewQuestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterviewQuestion_LookFor(), ecorePackage.getEString(), "lookFor", null, 0, 1, InterviewQuestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(backgroundCheckEClass, BackgroundCheck.class, "BackgroundCheck", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBackgroundCheck_MegansLaw(), ecorePackage.getEBoolean(), "megansLaw", null, 0, 1, BackgroundCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackgroundCheck_LiveScan(), ecorePackage.getEBoolean(), "liveScan", null, 0, 1, BackgroundCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackgroundCheck_DmvHistory(), ecorePackage.getEBoolean(), "dmvHistory", null, 0, 1, BackgroundCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackgroundCheck_OfferContingent(), ecorePackage.getEBoolean(), "offerContingent", null, 0, 1, BackgroundCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(supervisionPlanEClass, SupervisionPlan.class, "SupervisionPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSupervisionPlan_NonPeerCheckIns(), this.getCheckInFrequency(), "nonPeerCheckIns", null, 0, 1, SupervisionPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupervisionPlan_PeerInteraction(), this.getPeerInteractionEvent(), null, "peerInteraction", null, 0, -1, SupervisionPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupervisionPlan_SupportProvisions(), this.getSupportProvision(), null, "supportProvisions", null, 0, -1, SupervisionPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupervisionPlan_WellbeingPractices(), this.getWellbeingPractice(), null, "wellbeingPractices", null, 0, -1, SupervisionPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(peerInteractionEventEClass, PeerInteractionEvent.class, "PeerInteractionEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPeerInteractionEvent_Name(), ecorePackage.getEString(), "name", null, 0, 1, PeerInteractionEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeerInteractionEvent_Frequency(), this.getEventFrequency(), "frequency", null, 0, 1, PeerInteractionEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeerInteractionEvent_FacilitatedByPeer(), ecorePackage.getEBoolean(), "facilitatedByPeer", null, 0, 1, PeerInteractionEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(supportProvisionEClass, SupportProvision.class, "SupportProvision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSupportProvision_Trigger(), this.getSupportTrigger(), "trigger", null, 0, 1, SupportProvision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupportProvision_Description(), ecorePackage.getEString(), "description", null, 0, 1, SupportProvision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(wellbeingPracticeEClass, WellbeingPractice.class, "WellbeingPractice", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWellbeingPractice_Kind(), this.getWellbeingPracticeKind(), "kind", null, 0, 1, WellbeingPractice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWellbeingPractice_Description(), ecorePackage.getEString(), "description", null, 0, 1, WellbeingPractice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trainingPlanEClass, TrainingPlan.class, "TrainingPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTrainingPlan_Sessions(), this.getTrainingSession(), null, "sessions", null, 0, -1, TrainingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trainingSessionEClass, TrainingSession.class, "TrainingSession", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrainingSession_Title(), ecorePackage.getEString(), "title", null, 0, 1, TrainingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingSession_Course(), theCatalogPackage.getCourseDef(), null, "course", null, 0, 1, TrainingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSession_Date(), this.getLocalDate(), "date", null, 0, 1, TrainingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingSession_Attendees(), this.getPerson(), null, "attendees", null, 0, -1, TrainingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSession_AdditionalAttendees(), ecorePackage.getEInt(), "additionalAttendees", null, 0, 1, TrainingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSession_Cost(), ecorePackage.getEBigDecimal(), "cost", null, 0, 1, TrainingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingSession_Covers(), theCatalogPackage.getChecklistItemDef(), null, "covers", null, 0, -1, TrainingSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(budgetEClass, Budget.class, "Budget", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBudget_FiscalYearStartMonth(), ecorePackage.getEInt(), "fiscalYearStartMonth", "7", 0, 1, Budget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBudget_Lines(), this.getBudgetLine(), null, "lines", null, 0, -1, Budget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(budgetLineEClass, BudgetLine.class, "BudgetLine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBudgetLine_Category(), this.getBudgetCategory(), "category", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBudgetLine_Description(), ecorePackage.getEString(), "description", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBudgetLine_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBudgetLine_Year(), ecorePackage.getEInt(), "year", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(riskEClass, Risk.class, "Risk", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRisk_Title(), ecorePackage.getEString(), "title", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Description(), ecorePackage.getEString(), "description", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Kind(), this.getRiskKind(), "kind", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Likelihood(), this.getRiskLevel(), "likelihood", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Impact(), this.getRiskLevel(), "impact", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Mitigation(), ecorePackage.getEString(), "mitigation", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRisk_Owner(), this.getPerson(), null, "owner", null, 0, 1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRisk_Actions(), this.getAction(), null, "actions", null, 0, -1, Risk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(policyDecisionEClass, PolicyDecision.class, "PolicyDecision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPolicyDecision_Topic(), this.getDecisionTopic(), "topic", null, 0, 1, PolicyDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyDecision_Title(), ecorePackage.getEString(), "title", null, 0, 1, PolicyDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyDecision_Position(), ecorePackage.getEString(), "position", null, 0, 1, PolicyDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyDecision_Safeguards(), ecorePackage.getEString(), "safeguards", null, 0, 1, PolicyDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyDecision_DecidedOn(), this.getLocalDate(), "decidedOn", null, 0, 1, PolicyDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPolicyDecision_DecidedBy(), this.getPerson(), null, "decidedBy", null, 0, 1, PolicyDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(outcomeMeasureEClass, OutcomeMeasure.class, "OutcomeMeasure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOutcomeMeasure_Name(), ecorePackage.getEString(), "name", null, 0, 1, OutcomeMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcomeMeasure_Description(), ecorePackage.getEString(), "description", null, 0, 1, OutcomeMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcomeMeasure_RecoveryBased(), ecorePackage.getEBoolean(), "recoveryBased", null, 0, 1, OutcomeMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcomeMeasure_DefinedWithPeers(), ecorePackage.getEBoolean(), "definedWithPeers", null, 0, 1, OutcomeMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcomeMeasure_DataSource(), ecorePackage.getEString(), "dataSource", null, 0, 1, OutcomeMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(performanceManagementEClass, PerformanceManagement.class, "PerformanceManagement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPerformanceManagement_Evaluations(), this.getPerformanceEvaluation(), null, "evaluations", null, 0, -1, PerformanceManagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerformanceManagement_WorkPlans(), this.getCollaborativeWorkPlan(), null, "workPlans", null, 0, -1, PerformanceManagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerformanceManagement_PlansOfAction(), this.getPlanOfAction(), null, "plansOfAction", null, 0, -1, PerformanceManagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerformanceManagement_Accommodations(), this.getAccommodation(), null, "accommodations", null, 0, -1, PerformanceManagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(performanceEvaluationEClass, PerformanceEvaluation.class, "PerformanceEvaluation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPerformanceEvaluation_Employee(), this.getPerson(), null, "employee", null, 1, 1, PerformanceEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerformanceEvaluation_Role(), this.getPeerRole(), null, "role", null, 0, 1, PerformanceEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerformanceEvaluation_Date(), this.getLocalDate(), "date", null, 0, 1, PerformanceEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerformanceEvaluation_Ratings(), this.getEvaluationEntry(), null, "ratings", null, 0, -1, PerformanceEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerformanceEvaluation_Comments(), this.getCategoryComment(), null, "comments", null, 0, -1, PerformanceEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evaluationEntryEClass, EvaluationEntry.class, "EvaluationEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEvaluationEntry_Item(), theCatalogPackage.getEvaluationItemDef(), null, "item", null, 1, 1, EvaluationEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluationEntry_Rating(), this.getEvaluationRating(), "rating", null, 0, 1, EvaluationEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(categoryCommentEClass, CategoryComment.class, "CategoryComment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCategoryComment_Category(), theCatalogPackage.getEvaluationCategoryDef(), null, "category", null, 1, 1, CategoryComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCategoryComment_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, CategoryComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(collaborativeWorkPlanEClass, CollaborativeWorkPlan.class, "CollaborativeWorkPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCollaborativeWorkPlan_Employee(), this.getPerson(), null, "employee", null, 1, 1, CollaborativeWorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCollaborativeWorkPlan_Manager(), this.getPerson(), null, "manager", null, 0, 1, CollaborativeWorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCollaborativeWorkPlan_StartDate(), this.getLocalDate(), "startDate", null, 0, 1, CollaborativeWorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCollaborativeWorkPlan_EndDate(), this.getLocalDate(), "endDate", null, 0, 1, CollaborativeWorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCollaborativeWorkPlan_ExpirationDate(), this.getLocalDate(), "expirationDate", null, 0, 1, CollaborativeWorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCollaborativeWorkPlan_MeetingFrequency(), this.getCheckInFrequency(), "meetingFrequency", null, 0, 1, CollaborativeWorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCollaborativeWorkPlan_MeetingMinutes(), ecorePackage.getEInt(), "meetingMinutes", null, 0, 1, CollaborativeWorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCollaborativeWorkPlan_MeetingDay(), ecorePackage.getEString(), "meetingDay", null, 0, 1, CollaborativeWorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCollaborativeWorkPlan_MeetingTime(), ecorePackage.getEString(), "meetingTime", null, 0, 1, CollaborativeWorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCollaborativeWorkPlan_Basics(), this.getDevelopmentPlanAnswer(), null, "basics", null, 0, -1, CollaborativeWorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCollaborativeWorkPlan_Needs(), this.getWorkPlanNeed(), null, "needs", null, 0, -1, CollaborativeWorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCollaborativeWorkPlan_Steps(), this.getWorkPlanStep(), null, "steps", null, 0, -1, CollaborativeWorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCollaborativeWorkPlan_SuccessIndicators(), ecorePackage.getEString(), "successIndicators", null, 0, 1, CollaborativeWorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(developmentPlanAnswerEClass, DevelopmentPlanAnswer.class, "DevelopmentPlanAnswer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDevelopmentPlanAnswer_Item(), theCatalogPackage.getChecklistItemDef(), null, "item", null, 1, 1, DevelopmentPlanAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevelopmentPlanAnswer_Answer(), this.getYesNo(), "answer", null, 0, 1, DevelopmentPlanAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevelopmentPlanAnswer_AddressedBy(), this.getWorkPlanNeed(), null, "addressedBy", null, 0, -1, DevelopmentPlanAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workPlanNeedEClass, WorkPlanNeed.class, "WorkPlanNeed", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWorkPlanNeed_Type(), this.getWorkPlanNeedType(), "type", null, 0, 1, WorkPlanNeed.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkPlanNeed_Text(), ecorePackage.getEString(), "text", null, 0, 1, WorkPlanNeed.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workPlanStepEClass, WorkPlanStep.class, "WorkPlanStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWorkPlanStep_Owner(), this.getWorkPlanParty(), "owner", null, 0, 1, WorkPlanStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkPlanStep_Text(), ecorePackage.getEString(), "text", null, 0, 1, WorkPlanStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planOfActionEClass, PlanOfAction.class, "PlanOfAction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPlanOfAction_Employee(), this.getPerson(), null, "employee", null, 1, 1, PlanOfAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanOfAction_Area(), ecorePackage.getEString(), "area", null, 0, 1, PlanOfAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanOfAction_StartDate(), this.getLocalDate(), "startDate", null, 0, 1, PlanOfAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanOfAction_EndDate(), this.getLocalDate(), "endDate", null, 0, 1, PlanOfAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanOfAction_Outcome(), this.getPlanOfActionOutcome(), "outcome", null, 0, 1, PlanOfAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(accommodationEClass, Accommodation.class, "Accommodation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAccommodation_Employee(), this.getPerson(), null, "employee", null, 1, 1, Accommodation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccommodation_Description(), ecorePackage.getEString(), "description", null, 0, 1, Accommodation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccommodation_LowersExpectations(), ecorePackage.getEBoolean(), "lowersExpectations", null, 0, 1, Accommodation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ruleWaiverEClass, RuleWaiver.class, "RuleWaiver", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRuleWaiver_RuleId(), ecorePackage.getEString(), "ruleId", null, 0, 1, RuleWaiver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuleWaiver_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, RuleWaiver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuleWaiver_WaivedBy(), ecorePackage.getEString(), "waivedBy", null, 0, 1, RuleWaiver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRuleWaiver_WaivedOn(), this.getLocalDate(), "waivedOn", null, 0, 1, RuleWaiver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(baselineEClass, Baseline.class, "Baseline", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBaseline_Name(), ecorePackage.getEString(), "name", null, 0, 1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBaseline_SetOn(), this.getLocalDate(), "setOn", null, 0, 1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBaseline_FirstPeerStart(), this.getLocalDate(), "firstPeerStart", null, 0, 1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBaseline_Tasks(), this.getTaskBaseline(), null, "tasks", null, 0, -1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBaseline_BudgetYears(), this.getBudgetYearBaseline(), null, "budgetYears", null, 0, -1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBaseline_OpenFindings(), this.getFindingBaseline(), null, "openFindings", null, 0, -1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(taskBaselineEClass, TaskBaseline.class, "TaskBaseline", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTaskBaseline_TaskId(), ecorePackage.getEString(), "taskId", null, 0, 1, TaskBaseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTaskBaseline_Name(), ecorePackage.getEString(), "name", null, 0, 1, TaskBaseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTaskBaseline_Stage(), ecorePackage.getEString(), "stage", null, 0, 1, TaskBaseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTaskBaseline_Start(), this.getLocalDate(), "start", null, 0, 1, TaskBaseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTaskBaseline_Finish(), this.getLocalDate(), "finish", null, 0, 1, TaskBaseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTaskBaseline_DurationDays(), ecorePackage.getEInt(), "durationDays", null, 0, 1, TaskBaseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTaskBaseline_Status(), this.getTaskStatus(), "status", null, 0, 1, TaskBaseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(budgetYearBaselineEClass, BudgetYearBaseline.class, "BudgetYearBaseline", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBudgetYearBaseline_Year(), ecorePackage.getEInt(), "year", null, 0, 1, BudgetYearBaseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBudgetYearBaseline_Total(), ecorePackage.getEBigDecimal(), "total", null, 0, 1, BudgetYearBaseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(findingBaselineEClass, FindingBaseline.class, "FindingBaseline", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFindingBaseline_RuleId(), ecorePackage.getEString(), "ruleId", null, 0, 1, FindingBaseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFindingBaseline_Place(), ecorePackage.getEString(), "place", null, 0, 1, FindingBaseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFindingBaseline_ElementId(), ecorePackage.getEString(), "elementId", null, 0, 1, FindingBaseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFindingBaseline_Message(), ecorePackage.getEString(), "message", null, 0, 1, FindingBaseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(staffLevelEEnum, StaffLevel.class, "StaffLevel");
		addEEnumLiteral(staffLevelEEnum, StaffLevel.BOARD);
		addEEnumLiteral(staffLevelEEnum, StaffLevel.EXECUTIVE);
		addEEnumLiteral(staffLevelEEnum, StaffLevel.MANAGER);
		addEEnumLiteral(staffLevelEEnum, StaffLevel.STAFF);
		addEEnumLiteral(staffLevelEEnum, StaffLevel.EXTERNAL);

		initEEnum(quizAnswerValueEEnum, QuizAnswerValue.class, "QuizAnswerValue");
		addEEnumLiteral(quizAnswerValueEEnum, QuizAnswerValue.UNANSWERED);
		addEEnumLiteral(quizAnswerValueEEnum, QuizAnswerValue.TRUE);
		addEEnumLiteral(quizAnswerValueEEnum, QuizAnswerValue.FALSE);

		initEEnum(likertAgreementEEnum, LikertAgreement.class, "LikertAgreement");
		addEEnumLiteral(likertAgreementEEnum, LikertAgreement.NO_ANSWER);
		addEEnumLiteral(likertAgreementEEnum, LikertAgreement.STRONGLY_AGREE);
		addEEnumLiteral(likertAgreementEEnum, LikertAgreement.AGREE);
		addEEnumLiteral(likertAgreementEEnum, LikertAgreement.NEUTRAL_NOT_SURE);
		addEEnumLiteral(likertAgreementEEnum, LikertAgreement.DISAGREE);
		addEEnumLiteral(likertAgreementEEnum, LikertAgreement.STRONGLY_DISAGREE);

		initEEnum(assessmentAnswerValueEEnum, AssessmentAnswerValue.class, "AssessmentAnswerValue");
		addEEnumLiteral(assessmentAnswerValueEEnum, AssessmentAnswerValue.UNANSWERED);
		addEEnumLiteral(assessmentAnswerValueEEnum, AssessmentAnswerValue.YES);
		addEEnumLiteral(assessmentAnswerValueEEnum, AssessmentAnswerValue.PARTLY);
		addEEnumLiteral(assessmentAnswerValueEEnum, AssessmentAnswerValue.NO);

		initEEnum(competencyRatingEEnum, CompetencyRating.class, "CompetencyRating");
		addEEnumLiteral(competencyRatingEEnum, CompetencyRating.NOT_RATED);
		addEEnumLiteral(competencyRatingEEnum, CompetencyRating.NOT_IN_PLACE);
		addEEnumLiteral(competencyRatingEEnum, CompetencyRating.EMERGING);
		addEEnumLiteral(competencyRatingEEnum, CompetencyRating.PARTIALLY_IN_PLACE);
		addEEnumLiteral(competencyRatingEEnum, CompetencyRating.ESTABLISHED);

		initEEnum(taskStatusEEnum, TaskStatus.class, "TaskStatus");
		addEEnumLiteral(taskStatusEEnum, TaskStatus.NOT_STARTED);
		addEEnumLiteral(taskStatusEEnum, TaskStatus.IN_PROGRESS);
		addEEnumLiteral(taskStatusEEnum, TaskStatus.DONE);
		addEEnumLiteral(taskStatusEEnum, TaskStatus.BLOCKED);
		addEEnumLiteral(taskStatusEEnum, TaskStatus.CANCELLED);

		initEEnum(findingStatusEEnum, FindingStatus.class, "FindingStatus");
		addEEnumLiteral(findingStatusEEnum, FindingStatus.NOT_REVIEWED);
		addEEnumLiteral(findingStatusEEnum, FindingStatus.ALIGNED);
		addEEnumLiteral(findingStatusEEnum, FindingStatus.NEEDS_REVISION);
		addEEnumLiteral(findingStatusEEnum, FindingStatus.BARRIER);

		initEEnum(planningStatusEEnum, PlanningStatus.class, "PlanningStatus");
		addEEnumLiteral(planningStatusEEnum, PlanningStatus.NOT_ASSESSED);
		addEEnumLiteral(planningStatusEEnum, PlanningStatus.NOT_STARTED);
		addEEnumLiteral(planningStatusEEnum, PlanningStatus.IN_PROGRESS);
		addEEnumLiteral(planningStatusEEnum, PlanningStatus.IN_PLACE);
		addEEnumLiteral(planningStatusEEnum, PlanningStatus.NOT_APPLICABLE);

		initEEnum(rootCauseCategoryEEnum, RootCauseCategory.class, "RootCauseCategory");
		addEEnumLiteral(rootCauseCategoryEEnum, RootCauseCategory.ENVIRONMENT);
		addEEnumLiteral(rootCauseCategoryEEnum, RootCauseCategory.PEOPLE);
		addEEnumLiteral(rootCauseCategoryEEnum, RootCauseCategory.POLICIES);
		addEEnumLiteral(rootCauseCategoryEEnum, RootCauseCategory.PROCESSES_AND_PROCEDURES);

		initEEnum(actionStatusEEnum, ActionStatus.class, "ActionStatus");
		addEEnumLiteral(actionStatusEEnum, ActionStatus.PLANNED);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.IN_PROGRESS);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.DONE);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.DEFERRED);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.CANCELLED);

		initEEnum(peerWorkerTypeEEnum, PeerWorkerType.class, "PeerWorkerType");
		addEEnumLiteral(peerWorkerTypeEEnum, PeerWorkerType.PEER_SUPPORT_SPECIALIST);
		addEEnumLiteral(peerWorkerTypeEEnum, PeerWorkerType.PEER_RECOVERY_COACH);
		addEEnumLiteral(peerWorkerTypeEEnum, PeerWorkerType.PEER_ADVOCATE);
		addEEnumLiteral(peerWorkerTypeEEnum, PeerWorkerType.PEER_MENTOR);
		addEEnumLiteral(peerWorkerTypeEEnum, PeerWorkerType.CERTIFIED_PEER_SPECIALIST);
		addEEnumLiteral(peerWorkerTypeEEnum, PeerWorkerType.COMMUNITY_BRIDGER);
		addEEnumLiteral(peerWorkerTypeEEnum, PeerWorkerType.PEER_COORDINATOR);
		addEEnumLiteral(peerWorkerTypeEEnum, PeerWorkerType.FAMILY_PEER_PARTNER);
		addEEnumLiteral(peerWorkerTypeEEnum, PeerWorkerType.YOUTH_PEER_SPECIALIST);

		initEEnum(payPatternEEnum, PayPattern.class, "PayPattern");
		addEEnumLiteral(payPatternEEnum, PayPattern.NOT_ASSESSED);
		addEEnumLiteral(payPatternEEnum, PayPattern.LOWEST_IN_ORG);
		addEEnumLiteral(payPatternEEnum, PayPattern.EQUAL_ENTRY_LEVEL);
		addEEnumLiteral(payPatternEEnum, PayPattern.ABOVE_ENTRY_LEVEL);

		initEEnum(peerSupervisorSourceEEnum, PeerSupervisorSource.class, "PeerSupervisorSource");
		addEEnumLiteral(peerSupervisorSourceEEnum, PeerSupervisorSource.NONE);
		addEEnumLiteral(peerSupervisorSourceEEnum, PeerSupervisorSource.ON_STAFF_EXPERIENCED_PEER);
		addEEnumLiteral(peerSupervisorSourceEEnum, PeerSupervisorSource.CONTRACTED_OTHER_AGENCY);
		addEEnumLiteral(peerSupervisorSourceEEnum, PeerSupervisorSource.LOCAL_PEER_RUN_AGENCY);
		addEEnumLiteral(peerSupervisorSourceEEnum, PeerSupervisorSource.REMOTE);
		addEEnumLiteral(peerSupervisorSourceEEnum, PeerSupervisorSource.PEER_NETWORKING_GROUP);
		addEEnumLiteral(peerSupervisorSourceEEnum, PeerSupervisorSource.SUBCONTRACTED_EMPLOYER);

		initEEnum(checkInFrequencyEEnum, CheckInFrequency.class, "CheckInFrequency");
		addEEnumLiteral(checkInFrequencyEEnum, CheckInFrequency.NONE);
		addEEnumLiteral(checkInFrequencyEEnum, CheckInFrequency.WEEKLY);
		addEEnumLiteral(checkInFrequencyEEnum, CheckInFrequency.BIWEEKLY);
		addEEnumLiteral(checkInFrequencyEEnum, CheckInFrequency.MONTHLY);
		addEEnumLiteral(checkInFrequencyEEnum, CheckInFrequency.QUARTERLY);
		addEEnumLiteral(checkInFrequencyEEnum, CheckInFrequency.OCCASIONAL);

		initEEnum(eventFrequencyEEnum, EventFrequency.class, "EventFrequency");
		addEEnumLiteral(eventFrequencyEEnum, EventFrequency.DAILY);
		addEEnumLiteral(eventFrequencyEEnum, EventFrequency.WEEKLY);
		addEEnumLiteral(eventFrequencyEEnum, EventFrequency.BIWEEKLY);
		addEEnumLiteral(eventFrequencyEEnum, EventFrequency.MONTHLY);
		addEEnumLiteral(eventFrequencyEEnum, EventFrequency.QUARTERLY);
		addEEnumLiteral(eventFrequencyEEnum, EventFrequency.ANNUAL);

		initEEnum(riskLevelEEnum, RiskLevel.class, "RiskLevel");
		addEEnumLiteral(riskLevelEEnum, RiskLevel.LOW);
		addEEnumLiteral(riskLevelEEnum, RiskLevel.MEDIUM);
		addEEnumLiteral(riskLevelEEnum, RiskLevel.HIGH);

		initEEnum(riskKindEEnum, RiskKind.class, "RiskKind");
		addEEnumLiteral(riskKindEEnum, RiskKind.RISK);
		addEEnumLiteral(riskKindEEnum, RiskKind.TENSION);

		initEEnum(budgetCategoryEEnum, BudgetCategory.class, "BudgetCategory");
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.POSITIONS);
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.TRAINING);
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.SUPERVISION);
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.CONSULTATION);
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.TRAVEL);
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.RECRUITMENT);
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.OTHER);
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.FRINGE_BENEFITS);
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.ACTIONS);

		initEEnum(decisionTopicEEnum, DecisionTopic.class, "DecisionTopic");
		addEEnumLiteral(decisionTopicEEnum, DecisionTopic.HIRING_SERVICE_RECIPIENTS);
		addEEnumLiteral(decisionTopicEEnum, DecisionTopic.OTHER);

		initEEnum(supportTriggerEEnum, SupportTrigger.class, "SupportTrigger");
		addEEnumLiteral(supportTriggerEEnum, SupportTrigger.NEW_HIRE);
		addEEnumLiteral(supportTriggerEEnum, SupportTrigger.SPECIAL_OCCASION);
		addEEnumLiteral(supportTriggerEEnum, SupportTrigger.PERSONAL_DIFFICULTY);
		addEEnumLiteral(supportTriggerEEnum, SupportTrigger.ORGANIZATIONAL_CHANGE);

		initEEnum(wellbeingPracticeKindEEnum, WellbeingPracticeKind.class, "WellbeingPracticeKind");
		addEEnumLiteral(wellbeingPracticeKindEEnum, WellbeingPracticeKind.COMPASSION_FATIGUE_MONITORING);
		addEEnumLiteral(wellbeingPracticeKindEEnum, WellbeingPracticeKind.WORK_LIFE_BALANCE);
		addEEnumLiteral(wellbeingPracticeKindEEnum, WellbeingPracticeKind.SELF_CARE);
		addEEnumLiteral(wellbeingPracticeKindEEnum, WellbeingPracticeKind.VICARIOUS_TRAUMA_SUPPORT);
		addEEnumLiteral(wellbeingPracticeKindEEnum, WellbeingPracticeKind.OTHER);

		initEEnum(interviewQuestionBankEEnum, InterviewQuestionBank.class, "InterviewQuestionBank");
		addEEnumLiteral(interviewQuestionBankEEnum, InterviewQuestionBank.LIVED_EXPERIENCE);
		addEEnumLiteral(interviewQuestionBankEEnum, InterviewQuestionBank.PEER_SKILL);
		addEEnumLiteral(interviewQuestionBankEEnum, InterviewQuestionBank.SETTING_DEPENDABILITY);
		addEEnumLiteral(interviewQuestionBankEEnum, InterviewQuestionBank.ADDITIONAL_TOPICS);
		addEEnumLiteral(interviewQuestionBankEEnum, InterviewQuestionBank.SCENARIO);
		addEEnumLiteral(interviewQuestionBankEEnum, InterviewQuestionBank.OTHER);

		initEEnum(evaluationRatingEEnum, EvaluationRating.class, "EvaluationRating");
		addEEnumLiteral(evaluationRatingEEnum, EvaluationRating.ADVANCED);
		addEEnumLiteral(evaluationRatingEEnum, EvaluationRating.PROFICIENT);
		addEEnumLiteral(evaluationRatingEEnum, EvaluationRating.DEVELOPING);
		addEEnumLiteral(evaluationRatingEEnum, EvaluationRating.NOT_ENOUGH_INFORMATION);
		addEEnumLiteral(evaluationRatingEEnum, EvaluationRating.NOT_APPLICABLE);

		initEEnum(workPlanNeedTypeEEnum, WorkPlanNeedType.class, "WorkPlanNeedType");
		addEEnumLiteral(workPlanNeedTypeEEnum, WorkPlanNeedType.PRACTICAL);
		addEEnumLiteral(workPlanNeedTypeEEnum, WorkPlanNeedType.PROCESS);
		addEEnumLiteral(workPlanNeedTypeEEnum, WorkPlanNeedType.PERSON);

		initEEnum(workPlanPartyEEnum, WorkPlanParty.class, "WorkPlanParty");
		addEEnumLiteral(workPlanPartyEEnum, WorkPlanParty.MANAGER);
		addEEnumLiteral(workPlanPartyEEnum, WorkPlanParty.EMPLOYEE);

		initEEnum(planOfActionOutcomeEEnum, PlanOfActionOutcome.class, "PlanOfActionOutcome");
		addEEnumLiteral(planOfActionOutcomeEEnum, PlanOfActionOutcome.PENDING);
		addEEnumLiteral(planOfActionOutcomeEEnum, PlanOfActionOutcome.MET_REQUIREMENTS);
		addEEnumLiteral(planOfActionOutcomeEEnum, PlanOfActionOutcome.TERMINATED);
		addEEnumLiteral(planOfActionOutcomeEEnum, PlanOfActionOutcome.TRANSFERRED);

		initEEnum(yesNoEEnum, YesNo.class, "YesNo");
		addEEnumLiteral(yesNoEEnum, YesNo.UNANSWERED);
		addEEnumLiteral(yesNoEEnum, YesNo.YES);
		addEEnumLiteral(yesNoEEnum, YesNo.NO);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
		// http://www.peerplan.org/personal-data
		createPersonaldataAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "documentation", "One agency\'s implementation plan for integrating peer support workers."
		   });
		addAnnotation
		  (localDateEDataType,
		   source,
		   new String[] {
			   "documentation", "A calendar date without time zone, written as ISO 8601 (2027-03-01).",
			   "create", "return it == null ? null : java.time.LocalDate.parse(it.trim());",
			   "convert", "return it == null ? null : it.toString();"
		   });
		addAnnotation
		  (implementationPlanEClass,
		   source,
		   new String[] {
			   "documentation", "The root of a .peerplan file: one agency\'s plan."
		   });
		addAnnotation
		  (getImplementationPlan_Baselines(),
		   source,
		   new String[] {
			   "documentation", "The plan as approved at given moments, such as a board\'s approval, kept to measure progress against."
		   });
		addAnnotation
		  (getImplementationPlan_CurrentBaseline(),
		   source,
		   new String[] {
			   "documentation", "The baseline progress is measured against; one of the baselines."
		   });
		addAnnotation
		  (getAgency_State(),
		   source,
		   new String[] {
			   "documentation", "Two-letter US state code; some rules apply only in one state."
		   });
		addAnnotation
		  (getAgency_FringeBenefitRate(),
		   source,
		   new String[] {
			   "documentation", "Benefits and payroll taxes as a share of wages: 0.30 adds 30 % to every position\'s pay."
		   });
		addAnnotation
		  (getAgency_MedicaidHourlyRate(),
		   source,
		   new String[] {
			   "documentation", "What Medicaid pays the agency for an hour of billable peer services."
		   });
		addAnnotation
		  (getAgency_BillableShare(),
		   source,
		   new String[] {
			   "documentation", "The share of a peer worker\'s paid hours that can be billed, e.g. 0.5 for half."
		   });
		addAnnotation
		  (getAgency_Holidays(),
		   source,
		   new String[] {
			   "documentation", "The days the agency is closed besides weekends; no task starts or ends on one."
		   });
		addAnnotation
		  (holidayEClass,
		   source,
		   new String[] {
			   "documentation", "A day the agency is closed."
		   });
		addAnnotation
		  (personEClass,
		   source,
		   new String[] {
			   "documentation", "Someone inside or outside the agency who takes part in the plan."
		   });
		addAnnotation
		  (getPerson_Organization(),
		   source,
		   new String[] {
			   "documentation", "For people outside the agency: the organization they belong to."
		   });
		addAnnotation
		  (getPerson_Peer(),
		   source,
		   new String[] {
			   "documentation", "Has lived experience and works, or has worked, in a peer role."
		   });
		addAnnotation
		  (getPerson_PeerSupervisorTraining(),
		   source,
		   new String[] {
			   "documentation", "Has had, or is scheduled for, training in supervising peer workers."
		   });
		addAnnotation
		  (getPerson_NamedWithLivedExperience(),
		   source,
		   new String[] {
			   "documentation", "The person agrees to be named, in documents for the board, as having lived experience; without it those documents give their position instead."
		   });
		addAnnotation
		  (getPerson_NamingConsentOn(),
		   source,
		   new String[] {
			   "documentation", "The day the person agreed to be named as having lived experience."
		   });
		addAnnotation
		  (getFunderConstraint_FirstPeerStartBy(),
		   source,
		   new String[] {
			   "documentation", "The date by which the funder requires the first peer to start, if it imposes one."
		   });
		addAnnotation
		  (getFunderConstraint_AnnualAmount(),
		   source,
		   new String[] {
			   "documentation", "What this funder pays toward the plan in each plan year, if anything."
		   });
		addAnnotation
		  (getAdvisoryBoard_ServiceUserMembers(),
		   source,
		   new String[] {
			   "documentation", "How many members receive or have received the agency\'s services."
		   });
		addAnnotation
		  (respondentEClass,
		   source,
		   new String[] {
			   "documentation", "One person\'s answers to the timeline readiness quiz."
		   });
		addAnnotation
		  (timelineBenchmarkEClass,
		   source,
		   new String[] {
			   "documentation", "How long another organization\'s implementation took, recorded when the quiz band states no minimum."
		   });
		addAnnotation
		  (getTask_Start(),
		   source,
		   new String[] {
			   "documentation", "A fixed start; when empty the start follows from the dependencies."
		   });
		addAnnotation
		  (getTask_DurationDays(),
		   source,
		   new String[] {
			   "documentation", "Working days: weekends and the agency\'s holidays are not counted; 0 for a milestone."
		   });
		addAnnotation
		  (getSpeedUpChoice_Cost(),
		   source,
		   new String[] {
			   "documentation", "What taking this option is estimated to cost; it counts among the plan\'s actions in the budget\'s first year."
		   });
		addAnnotation
		  (getPolicy_PeerRolesOnly(),
		   source,
		   new String[] {
			   "documentation", "Applies to peer roles only; the guidance asks for policies that apply across the board."
		   });
		addAnnotation
		  (whyEClass,
		   source,
		   new String[] {
			   "documentation", "One answer in a cause\'s why-chain; each answer asks why of the one before."
		   });
		addAnnotation
		  (getAction_Addresses(),
		   source,
		   new String[] {
			   "documentation", "The root causes this action addresses."
		   });
		addAnnotation
		  (getAction_Findings(),
		   source,
		   new String[] {
			   "documentation", "The policy-review findings this action resolves."
		   });
		addAnnotation
		  (getAction_Tasks(),
		   source,
		   new String[] {
			   "documentation", "The timeline tasks that carry this action out."
		   });
		addAnnotation
		  (getDuty_ConflictsWith(),
		   source,
		   new String[] {
			   "documentation", "Set when the consultant has flagged this duty as one that conflicts with the peer role."
		   });
		addAnnotation
		  (getTrainingSession_Title(),
		   source,
		   new String[] {
			   "documentation", "For sessions that are not on the course menu, such as the staff readiness training."
		   });
		addAnnotation
		  (getTrainingSession_AdditionalAttendees(),
		   source,
		   new String[] {
			   "documentation", "Attendees not named in the plan, such as line staff."
		   });
		addAnnotation
		  (getTrainingSession_Cost(),
		   source,
		   new String[] {
			   "documentation", "The cost of a session that is not on the menu; menu sessions are costed at list value."
		   });
		addAnnotation
		  (getBudgetLine_Year(),
		   source,
		   new String[] {
			   "documentation", "The year of the plan, counted from 1."
		   });
		addAnnotation
		  (ruleWaiverEClass,
		   source,
		   new String[] {
			   "documentation", "Switches one validation rule off for this plan, with the reason recorded."
		   });
		addAnnotation
		  (baselineEClass,
		   source,
		   new String[] {
			   "documentation", "The plan\'s dates, budget and open findings as they stood when the baseline was set; it does not change when the plan does."
		   });
		addAnnotation
		  (taskBaselineEClass,
		   source,
		   new String[] {
			   "documentation", "One task as planned when the baseline was set, known by its identity in the file so that a rename or a removal leaves the record as it was."
		   });
		addAnnotation
		  (findingBaselineEClass,
		   source,
		   new String[] {
			   "documentation", "A finding open when the baseline was set: the same rule on the same place in the plan is the same finding."
		   });
	}

	/**
	 * Initializes the annotations for <b>http://www.peerplan.org/personal-data</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createPersonaldataAnnotations() {
		String source = "http://www.peerplan.org/personal-data";
		addAnnotation
		  (getPerson_Peer(),
		   source,
		   new String[] {
			   "kind", "livedExperience"
		   });
		addAnnotation
		  (getPerson_ReceivesServices(),
		   source,
		   new String[] {
			   "kind", "receivesServices"
		   });
		addAnnotation
		  (getEvaluationEntry_Rating(),
		   source,
		   new String[] {
			   "kind", "evaluation"
		   });
		addAnnotation
		  (getCategoryComment_Comment(),
		   source,
		   new String[] {
			   "kind", "evaluation"
		   });
		addAnnotation
		  (getCollaborativeWorkPlan_SuccessIndicators(),
		   source,
		   new String[] {
			   "kind", "evaluation"
		   });
		addAnnotation
		  (getDevelopmentPlanAnswer_Answer(),
		   source,
		   new String[] {
			   "kind", "evaluation"
		   });
		addAnnotation
		  (getWorkPlanNeed_Text(),
		   source,
		   new String[] {
			   "kind", "evaluation"
		   });
		addAnnotation
		  (getWorkPlanStep_Text(),
		   source,
		   new String[] {
			   "kind", "evaluation"
		   });
		addAnnotation
		  (getPlanOfAction_Area(),
		   source,
		   new String[] {
			   "kind", "evaluation"
		   });
		addAnnotation
		  (getPlanOfAction_Outcome(),
		   source,
		   new String[] {
			   "kind", "evaluation"
		   });
		addAnnotation
		  (getAccommodation_Description(),
		   source,
		   new String[] {
			   "kind", "health"
		   });
		addAnnotation
		  (getAccommodation_LowersExpectations(),
		   source,
		   new String[] {
			   "kind", "health"
		   });
	}

} //PeerPlanPackageImpl
