/**
 */
package org.peerplan.model.catalog.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.peerplan.model.catalog.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CatalogFactoryImpl extends EFactoryImpl implements CatalogFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CatalogFactory init() {
		try {
			CatalogFactory theCatalogFactory = (CatalogFactory)EPackage.Registry.INSTANCE.getEFactory(CatalogPackage.eNS_URI);
			if (theCatalogFactory != null) {
				return theCatalogFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CatalogFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CatalogFactoryImpl() {
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
			case CatalogPackage.CITATION: return createCitation();
			case CatalogPackage.CATALOG: return createCatalog();
			case CatalogPackage.QUIZ_ITEM_DEF: return createQuizItemDef();
			case CatalogPackage.READINESS_BAND_DEF: return createReadinessBandDef();
			case CatalogPackage.MOTIVATION_QUESTION_DEF: return createMotivationQuestionDef();
			case CatalogPackage.SURVEY_ITEM_DEF: return createSurveyItemDef();
			case CatalogPackage.COMPETENCY_DEF: return createCompetencyDef();
			case CatalogPackage.ASSESSMENT_QUESTION_DEF: return createAssessmentQuestionDef();
			case CatalogPackage.POLICY_CHECK_ITEM_DEF: return createPolicyCheckItemDef();
			case CatalogPackage.PLANNING_ITEM_DEF: return createPlanningItemDef();
			case CatalogPackage.RISK_FACTOR_DEF: return createRiskFactorDef();
			case CatalogPackage.STAGE_TEMPLATE: return createStageTemplate();
			case CatalogPackage.TASK_TEMPLATE: return createTaskTemplate();
			case CatalogPackage.SPEED_UP_OPTION_DEF: return createSpeedUpOptionDef();
			case CatalogPackage.CONFLICTING_DUTY_DEF: return createConflictingDutyDef();
			case CatalogPackage.COURSE_DEF: return createCourseDef();
			case CatalogPackage.EVALUATION_CATEGORY_DEF: return createEvaluationCategoryDef();
			case CatalogPackage.EVALUATION_ITEM_DEF: return createEvaluationItemDef();
			case CatalogPackage.JOB_DESCRIPTION_COMPONENT_DEF: return createJobDescriptionComponentDef();
			case CatalogPackage.LIVED_EXPERIENCE_REQUIREMENT_DEF: return createLivedExperienceRequirementDef();
			case CatalogPackage.CHECKLIST_DEF: return createChecklistDef();
			case CatalogPackage.CHECKLIST_ITEM_DEF: return createChecklistItemDef();
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
			case CatalogPackage.SOURCE_DOCUMENT:
				return createSourceDocumentFromString(eDataType, initialValue);
			case CatalogPackage.MOTIVATION_GROUP:
				return createMotivationGroupFromString(eDataType, initialValue);
			case CatalogPackage.READINESS_BAND:
				return createReadinessBandFromString(eDataType, initialValue);
			case CatalogPackage.IMPLEMENTATION_STAGE:
				return createImplementationStageFromString(eDataType, initialValue);
			case CatalogPackage.ONBOARDING_PHASE:
				return createOnboardingPhaseFromString(eDataType, initialValue);
			case CatalogPackage.PLANNING_DOMAIN:
				return createPlanningDomainFromString(eDataType, initialValue);
			case CatalogPackage.SPEED_UP_OPTION:
				return createSpeedUpOptionFromString(eDataType, initialValue);
			case CatalogPackage.ROLE_MISFIT_CATEGORY:
				return createRoleMisfitCategoryFromString(eDataType, initialValue);
			case CatalogPackage.TRAINING_GROUP:
				return createTrainingGroupFromString(eDataType, initialValue);
			case CatalogPackage.TRAINING_AUDIENCE:
				return createTrainingAudienceFromString(eDataType, initialValue);
			case CatalogPackage.JOB_DESCRIPTION_COMPONENT:
				return createJobDescriptionComponentFromString(eDataType, initialValue);
			case CatalogPackage.POPULATION_SERVED:
				return createPopulationServedFromString(eDataType, initialValue);
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
			case CatalogPackage.SOURCE_DOCUMENT:
				return convertSourceDocumentToString(eDataType, instanceValue);
			case CatalogPackage.MOTIVATION_GROUP:
				return convertMotivationGroupToString(eDataType, instanceValue);
			case CatalogPackage.READINESS_BAND:
				return convertReadinessBandToString(eDataType, instanceValue);
			case CatalogPackage.IMPLEMENTATION_STAGE:
				return convertImplementationStageToString(eDataType, instanceValue);
			case CatalogPackage.ONBOARDING_PHASE:
				return convertOnboardingPhaseToString(eDataType, instanceValue);
			case CatalogPackage.PLANNING_DOMAIN:
				return convertPlanningDomainToString(eDataType, instanceValue);
			case CatalogPackage.SPEED_UP_OPTION:
				return convertSpeedUpOptionToString(eDataType, instanceValue);
			case CatalogPackage.ROLE_MISFIT_CATEGORY:
				return convertRoleMisfitCategoryToString(eDataType, instanceValue);
			case CatalogPackage.TRAINING_GROUP:
				return convertTrainingGroupToString(eDataType, instanceValue);
			case CatalogPackage.TRAINING_AUDIENCE:
				return convertTrainingAudienceToString(eDataType, instanceValue);
			case CatalogPackage.JOB_DESCRIPTION_COMPONENT:
				return convertJobDescriptionComponentToString(eDataType, instanceValue);
			case CatalogPackage.POPULATION_SERVED:
				return convertPopulationServedToString(eDataType, instanceValue);
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
	public Citation createCitation() {
		CitationImpl citation = new CitationImpl();
		return citation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Catalog createCatalog() {
		CatalogImpl catalog = new CatalogImpl();
		return catalog;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuizItemDef createQuizItemDef() {
		QuizItemDefImpl quizItemDef = new QuizItemDefImpl();
		return quizItemDef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReadinessBandDef createReadinessBandDef() {
		ReadinessBandDefImpl readinessBandDef = new ReadinessBandDefImpl();
		return readinessBandDef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MotivationQuestionDef createMotivationQuestionDef() {
		MotivationQuestionDefImpl motivationQuestionDef = new MotivationQuestionDefImpl();
		return motivationQuestionDef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SurveyItemDef createSurveyItemDef() {
		SurveyItemDefImpl surveyItemDef = new SurveyItemDefImpl();
		return surveyItemDef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CompetencyDef createCompetencyDef() {
		CompetencyDefImpl competencyDef = new CompetencyDefImpl();
		return competencyDef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssessmentQuestionDef createAssessmentQuestionDef() {
		AssessmentQuestionDefImpl assessmentQuestionDef = new AssessmentQuestionDefImpl();
		return assessmentQuestionDef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyCheckItemDef createPolicyCheckItemDef() {
		PolicyCheckItemDefImpl policyCheckItemDef = new PolicyCheckItemDefImpl();
		return policyCheckItemDef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanningItemDef createPlanningItemDef() {
		PlanningItemDefImpl planningItemDef = new PlanningItemDefImpl();
		return planningItemDef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RiskFactorDef createRiskFactorDef() {
		RiskFactorDefImpl riskFactorDef = new RiskFactorDefImpl();
		return riskFactorDef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StageTemplate createStageTemplate() {
		StageTemplateImpl stageTemplate = new StageTemplateImpl();
		return stageTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaskTemplate createTaskTemplate() {
		TaskTemplateImpl taskTemplate = new TaskTemplateImpl();
		return taskTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpeedUpOptionDef createSpeedUpOptionDef() {
		SpeedUpOptionDefImpl speedUpOptionDef = new SpeedUpOptionDefImpl();
		return speedUpOptionDef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConflictingDutyDef createConflictingDutyDef() {
		ConflictingDutyDefImpl conflictingDutyDef = new ConflictingDutyDefImpl();
		return conflictingDutyDef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CourseDef createCourseDef() {
		CourseDefImpl courseDef = new CourseDefImpl();
		return courseDef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvaluationCategoryDef createEvaluationCategoryDef() {
		EvaluationCategoryDefImpl evaluationCategoryDef = new EvaluationCategoryDefImpl();
		return evaluationCategoryDef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvaluationItemDef createEvaluationItemDef() {
		EvaluationItemDefImpl evaluationItemDef = new EvaluationItemDefImpl();
		return evaluationItemDef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JobDescriptionComponentDef createJobDescriptionComponentDef() {
		JobDescriptionComponentDefImpl jobDescriptionComponentDef = new JobDescriptionComponentDefImpl();
		return jobDescriptionComponentDef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LivedExperienceRequirementDef createLivedExperienceRequirementDef() {
		LivedExperienceRequirementDefImpl livedExperienceRequirementDef = new LivedExperienceRequirementDefImpl();
		return livedExperienceRequirementDef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChecklistDef createChecklistDef() {
		ChecklistDefImpl checklistDef = new ChecklistDefImpl();
		return checklistDef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChecklistItemDef createChecklistItemDef() {
		ChecklistItemDefImpl checklistItemDef = new ChecklistItemDefImpl();
		return checklistItemDef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SourceDocument createSourceDocumentFromString(EDataType eDataType, String initialValue) {
		SourceDocument result = SourceDocument.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSourceDocumentToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MotivationGroup createMotivationGroupFromString(EDataType eDataType, String initialValue) {
		MotivationGroup result = MotivationGroup.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMotivationGroupToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReadinessBand createReadinessBandFromString(EDataType eDataType, String initialValue) {
		ReadinessBand result = ReadinessBand.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReadinessBandToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImplementationStage createImplementationStageFromString(EDataType eDataType, String initialValue) {
		ImplementationStage result = ImplementationStage.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertImplementationStageToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OnboardingPhase createOnboardingPhaseFromString(EDataType eDataType, String initialValue) {
		OnboardingPhase result = OnboardingPhase.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOnboardingPhaseToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanningDomain createPlanningDomainFromString(EDataType eDataType, String initialValue) {
		PlanningDomain result = PlanningDomain.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlanningDomainToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SpeedUpOption createSpeedUpOptionFromString(EDataType eDataType, String initialValue) {
		SpeedUpOption result = SpeedUpOption.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSpeedUpOptionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RoleMisfitCategory createRoleMisfitCategoryFromString(EDataType eDataType, String initialValue) {
		RoleMisfitCategory result = RoleMisfitCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoleMisfitCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrainingGroup createTrainingGroupFromString(EDataType eDataType, String initialValue) {
		TrainingGroup result = TrainingGroup.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTrainingGroupToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrainingAudience createTrainingAudienceFromString(EDataType eDataType, String initialValue) {
		TrainingAudience result = TrainingAudience.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTrainingAudienceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public JobDescriptionComponent createJobDescriptionComponentFromString(EDataType eDataType, String initialValue) {
		JobDescriptionComponent result = JobDescriptionComponent.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertJobDescriptionComponentToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PopulationServed createPopulationServedFromString(EDataType eDataType, String initialValue) {
		PopulationServed result = PopulationServed.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPopulationServedToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CatalogPackage getCatalogPackage() {
		return (CatalogPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CatalogPackage getPackage() {
		return CatalogPackage.eINSTANCE;
	}

} //CatalogFactoryImpl
