/**
 */
package org.peerplan.model.catalog.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.peerplan.model.PeerPlanPackage;

import org.peerplan.model.catalog.AssessmentQuestionDef;
import org.peerplan.model.catalog.Catalog;
import org.peerplan.model.catalog.CatalogFactory;
import org.peerplan.model.catalog.CatalogItem;
import org.peerplan.model.catalog.CatalogPackage;
import org.peerplan.model.catalog.ChecklistDef;
import org.peerplan.model.catalog.ChecklistItemDef;
import org.peerplan.model.catalog.Citation;
import org.peerplan.model.catalog.CompetencyDef;
import org.peerplan.model.catalog.ConflictingDutyDef;
import org.peerplan.model.catalog.CourseDef;
import org.peerplan.model.catalog.EvaluationCategoryDef;
import org.peerplan.model.catalog.EvaluationItemDef;
import org.peerplan.model.catalog.ImplementationStage;
import org.peerplan.model.catalog.JobDescriptionComponent;
import org.peerplan.model.catalog.JobDescriptionComponentDef;
import org.peerplan.model.catalog.LivedExperienceRequirementDef;
import org.peerplan.model.catalog.MotivationGroup;
import org.peerplan.model.catalog.MotivationQuestionDef;
import org.peerplan.model.catalog.OnboardingPhase;
import org.peerplan.model.catalog.PlanningDomain;
import org.peerplan.model.catalog.PlanningItemDef;
import org.peerplan.model.catalog.PolicyCheckItemDef;
import org.peerplan.model.catalog.PopulationServed;
import org.peerplan.model.catalog.QuizItemDef;
import org.peerplan.model.catalog.ReadinessBand;
import org.peerplan.model.catalog.ReadinessBandDef;
import org.peerplan.model.catalog.RiskFactorDef;
import org.peerplan.model.catalog.RoleMisfitCategory;
import org.peerplan.model.catalog.SourceDocument;
import org.peerplan.model.catalog.SpeedUpOption;
import org.peerplan.model.catalog.SpeedUpOptionDef;
import org.peerplan.model.catalog.StageTemplate;
import org.peerplan.model.catalog.SurveyItemDef;
import org.peerplan.model.catalog.TaskTemplate;
import org.peerplan.model.catalog.TrainingAudience;
import org.peerplan.model.catalog.TrainingGroup;

import org.peerplan.model.impl.PeerPlanPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CatalogPackageImpl extends EPackageImpl implements CatalogPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass citationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass catalogItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass catalogEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass quizItemDefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass readinessBandDefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass motivationQuestionDefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass surveyItemDefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass competencyDefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assessmentQuestionDefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass policyCheckItemDefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planningItemDefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass riskFactorDefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stageTemplateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass taskTemplateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass speedUpOptionDefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conflictingDutyDefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass courseDefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evaluationCategoryDefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evaluationItemDefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass jobDescriptionComponentDefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass livedExperienceRequirementDefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass checklistDefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass checklistItemDefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sourceDocumentEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum motivationGroupEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum readinessBandEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum implementationStageEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum onboardingPhaseEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum planningDomainEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum speedUpOptionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum roleMisfitCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum trainingGroupEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum trainingAudienceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum jobDescriptionComponentEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum populationServedEEnum = null;

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
	 * @see org.peerplan.model.catalog.CatalogPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CatalogPackageImpl() {
		super(eNS_URI, CatalogFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link CatalogPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CatalogPackage init() {
		if (isInited) return (CatalogPackage)EPackage.Registry.INSTANCE.getEPackage(CatalogPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCatalogPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CatalogPackageImpl theCatalogPackage = registeredCatalogPackage instanceof CatalogPackageImpl ? (CatalogPackageImpl)registeredCatalogPackage : new CatalogPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(PeerPlanPackage.eNS_URI);
		PeerPlanPackageImpl thePeerPlanPackage = (PeerPlanPackageImpl)(registeredPackage instanceof PeerPlanPackageImpl ? registeredPackage : PeerPlanPackage.eINSTANCE);

		// Create package meta-data objects
		theCatalogPackage.createPackageContents();
		thePeerPlanPackage.createPackageContents();

		// Initialize created meta-data
		theCatalogPackage.initializePackageContents();
		thePeerPlanPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theCatalogPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CatalogPackage.eNS_URI, theCatalogPackage);
		return theCatalogPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCitation() {
		return citationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCitation_Document() {
		return (EAttribute)citationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCitation_Section() {
		return (EAttribute)citationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCitation_Inferred() {
		return (EAttribute)citationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCatalogItem() {
		return catalogItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogItem_Code() {
		return (EAttribute)catalogItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogItem_Name() {
		return (EAttribute)catalogItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogItem_Text() {
		return (EAttribute)catalogItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalogItem_Citation() {
		return (EReference)catalogItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCatalog() {
		return catalogEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalog_Name() {
		return (EAttribute)catalogEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalog_Version() {
		return (EAttribute)catalogEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_QuizItems() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_ReadinessBands() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_MotivationQuestions() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_SurveyItems() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_Competencies() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_PolicyChecklist() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_PlanningItems() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_RiskFactors() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_StageTemplates() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_SpeedUpOptions() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_ConflictingDuties() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_Courses() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_EvaluationCategories() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_JobDescriptionComponents() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_LivedExperienceRequirements() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalog_Checklists() {
		return (EReference)catalogEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQuizItemDef() {
		return quizItemDefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuizItemDef_Theme() {
		return (EAttribute)quizItemDefEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReadinessBandDef() {
		return readinessBandDefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReadinessBandDef_Band() {
		return (EAttribute)readinessBandDefEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReadinessBandDef_MinTrue() {
		return (EAttribute)readinessBandDefEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReadinessBandDef_MaxTrue() {
		return (EAttribute)readinessBandDefEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReadinessBandDef_MinimumMonths() {
		return (EAttribute)readinessBandDefEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReadinessBandDef_MinimumStated() {
		return (EAttribute)readinessBandDefEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReadinessBandDef_Recommendation() {
		return (EAttribute)readinessBandDefEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMotivationQuestionDef() {
		return motivationQuestionDefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMotivationQuestionDef_Group() {
		return (EAttribute)motivationQuestionDefEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSurveyItemDef() {
		return surveyItemDefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCompetencyDef() {
		return competencyDefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompetencyDef_ChapterTitle() {
		return (EAttribute)competencyDefEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCompetencyDef_Questions() {
		return (EReference)competencyDefEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssessmentQuestionDef() {
		return assessmentQuestionDefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPolicyCheckItemDef() {
		return policyCheckItemDefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyCheckItemDef_Area() {
		return (EAttribute)policyCheckItemDefEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyCheckItemDef_HrReadiness() {
		return (EAttribute)policyCheckItemDefEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyCheckItemDef_RecoveryOrientation() {
		return (EAttribute)policyCheckItemDefEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanningItemDef() {
		return planningItemDefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningItemDef_Domain() {
		return (EAttribute)planningItemDefEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRiskFactorDef() {
		return riskFactorDefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStageTemplate() {
		return stageTemplateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStageTemplate_Kind() {
		return (EAttribute)stageTemplateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStageTemplate_Sequence() {
		return (EAttribute)stageTemplateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStageTemplate_Tasks() {
		return (EReference)stageTemplateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTaskTemplate() {
		return taskTemplateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaskTemplate_Phase() {
		return (EAttribute)taskTemplateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaskTemplate_TypicalDays() {
		return (EAttribute)taskTemplateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaskTemplate_Milestone() {
		return (EAttribute)taskTemplateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaskTemplate_Deliverable() {
		return (EAttribute)taskTemplateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaskTemplate_Optional() {
		return (EAttribute)taskTemplateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTaskTemplate_DependsOn() {
		return (EReference)taskTemplateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTaskTemplate_Covers() {
		return (EReference)taskTemplateEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpeedUpOptionDef() {
		return speedUpOptionDefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpeedUpOptionDef_Option() {
		return (EAttribute)speedUpOptionDefEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConflictingDutyDef() {
		return conflictingDutyDefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConflictingDutyDef_Categories() {
		return (EAttribute)conflictingDutyDefEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConflictingDutyDef_Keywords() {
		return (EAttribute)conflictingDutyDefEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConflictingDutyDef_ConsistentAlternative() {
		return (EAttribute)conflictingDutyDefEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCourseDef() {
		return courseDefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourseDef_Group() {
		return (EAttribute)courseDefEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourseDef_Hours() {
		return (EAttribute)courseDefEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourseDef_Days() {
		return (EAttribute)courseDefEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourseDef_MinAttendance() {
		return (EAttribute)courseDefEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourseDef_MaxAttendance() {
		return (EAttribute)courseDefEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourseDef_Audience() {
		return (EAttribute)courseDefEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourseDef_AudienceNote() {
		return (EAttribute)courseDefEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourseDef_ListValue() {
		return (EAttribute)courseDefEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourseDef_ManagersAndStaffSeparate() {
		return (EAttribute)courseDefEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCourseDef_SelfCare() {
		return (EAttribute)courseDefEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCourseDef_Prerequisite() {
		return (EReference)courseDefEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvaluationCategoryDef() {
		return evaluationCategoryDefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluationCategoryDef_Items() {
		return (EReference)evaluationCategoryDefEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvaluationItemDef() {
		return evaluationItemDefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getJobDescriptionComponentDef() {
		return jobDescriptionComponentDefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJobDescriptionComponentDef_Component() {
		return (EAttribute)jobDescriptionComponentDefEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLivedExperienceRequirementDef() {
		return livedExperienceRequirementDefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLivedExperienceRequirementDef_Population() {
		return (EAttribute)livedExperienceRequirementDefEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLivedExperienceRequirementDef_MinAge() {
		return (EAttribute)livedExperienceRequirementDefEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLivedExperienceRequirementDef_MaxAge() {
		return (EAttribute)livedExperienceRequirementDefEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChecklistDef() {
		return checklistDefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChecklistDef_Items() {
		return (EReference)checklistDefEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChecklistItemDef() {
		return checklistItemDefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSourceDocument() {
		return sourceDocumentEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMotivationGroup() {
		return motivationGroupEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReadinessBand() {
		return readinessBandEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getImplementationStage() {
		return implementationStageEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOnboardingPhase() {
		return onboardingPhaseEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPlanningDomain() {
		return planningDomainEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSpeedUpOption() {
		return speedUpOptionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRoleMisfitCategory() {
		return roleMisfitCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTrainingGroup() {
		return trainingGroupEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTrainingAudience() {
		return trainingAudienceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getJobDescriptionComponent() {
		return jobDescriptionComponentEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPopulationServed() {
		return populationServedEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CatalogFactory getCatalogFactory() {
		return (CatalogFactory)getEFactoryInstance();
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
		citationEClass = createEClass(CITATION);
		createEAttribute(citationEClass, CITATION__DOCUMENT);
		createEAttribute(citationEClass, CITATION__SECTION);
		createEAttribute(citationEClass, CITATION__INFERRED);

		catalogItemEClass = createEClass(CATALOG_ITEM);
		createEAttribute(catalogItemEClass, CATALOG_ITEM__CODE);
		createEAttribute(catalogItemEClass, CATALOG_ITEM__NAME);
		createEAttribute(catalogItemEClass, CATALOG_ITEM__TEXT);
		createEReference(catalogItemEClass, CATALOG_ITEM__CITATION);

		catalogEClass = createEClass(CATALOG);
		createEAttribute(catalogEClass, CATALOG__NAME);
		createEAttribute(catalogEClass, CATALOG__VERSION);
		createEReference(catalogEClass, CATALOG__QUIZ_ITEMS);
		createEReference(catalogEClass, CATALOG__READINESS_BANDS);
		createEReference(catalogEClass, CATALOG__MOTIVATION_QUESTIONS);
		createEReference(catalogEClass, CATALOG__SURVEY_ITEMS);
		createEReference(catalogEClass, CATALOG__COMPETENCIES);
		createEReference(catalogEClass, CATALOG__POLICY_CHECKLIST);
		createEReference(catalogEClass, CATALOG__PLANNING_ITEMS);
		createEReference(catalogEClass, CATALOG__RISK_FACTORS);
		createEReference(catalogEClass, CATALOG__STAGE_TEMPLATES);
		createEReference(catalogEClass, CATALOG__SPEED_UP_OPTIONS);
		createEReference(catalogEClass, CATALOG__CONFLICTING_DUTIES);
		createEReference(catalogEClass, CATALOG__COURSES);
		createEReference(catalogEClass, CATALOG__EVALUATION_CATEGORIES);
		createEReference(catalogEClass, CATALOG__JOB_DESCRIPTION_COMPONENTS);
		createEReference(catalogEClass, CATALOG__LIVED_EXPERIENCE_REQUIREMENTS);
		createEReference(catalogEClass, CATALOG__CHECKLISTS);

		quizItemDefEClass = createEClass(QUIZ_ITEM_DEF);
		createEAttribute(quizItemDefEClass, QUIZ_ITEM_DEF__THEME);

		readinessBandDefEClass = createEClass(READINESS_BAND_DEF);
		createEAttribute(readinessBandDefEClass, READINESS_BAND_DEF__BAND);
		createEAttribute(readinessBandDefEClass, READINESS_BAND_DEF__MIN_TRUE);
		createEAttribute(readinessBandDefEClass, READINESS_BAND_DEF__MAX_TRUE);
		createEAttribute(readinessBandDefEClass, READINESS_BAND_DEF__MINIMUM_MONTHS);
		createEAttribute(readinessBandDefEClass, READINESS_BAND_DEF__MINIMUM_STATED);
		createEAttribute(readinessBandDefEClass, READINESS_BAND_DEF__RECOMMENDATION);

		motivationQuestionDefEClass = createEClass(MOTIVATION_QUESTION_DEF);
		createEAttribute(motivationQuestionDefEClass, MOTIVATION_QUESTION_DEF__GROUP);

		surveyItemDefEClass = createEClass(SURVEY_ITEM_DEF);

		competencyDefEClass = createEClass(COMPETENCY_DEF);
		createEAttribute(competencyDefEClass, COMPETENCY_DEF__CHAPTER_TITLE);
		createEReference(competencyDefEClass, COMPETENCY_DEF__QUESTIONS);

		assessmentQuestionDefEClass = createEClass(ASSESSMENT_QUESTION_DEF);

		policyCheckItemDefEClass = createEClass(POLICY_CHECK_ITEM_DEF);
		createEAttribute(policyCheckItemDefEClass, POLICY_CHECK_ITEM_DEF__AREA);
		createEAttribute(policyCheckItemDefEClass, POLICY_CHECK_ITEM_DEF__HR_READINESS);
		createEAttribute(policyCheckItemDefEClass, POLICY_CHECK_ITEM_DEF__RECOVERY_ORIENTATION);

		planningItemDefEClass = createEClass(PLANNING_ITEM_DEF);
		createEAttribute(planningItemDefEClass, PLANNING_ITEM_DEF__DOMAIN);

		riskFactorDefEClass = createEClass(RISK_FACTOR_DEF);

		stageTemplateEClass = createEClass(STAGE_TEMPLATE);
		createEAttribute(stageTemplateEClass, STAGE_TEMPLATE__KIND);
		createEAttribute(stageTemplateEClass, STAGE_TEMPLATE__SEQUENCE);
		createEReference(stageTemplateEClass, STAGE_TEMPLATE__TASKS);

		taskTemplateEClass = createEClass(TASK_TEMPLATE);
		createEAttribute(taskTemplateEClass, TASK_TEMPLATE__PHASE);
		createEAttribute(taskTemplateEClass, TASK_TEMPLATE__TYPICAL_DAYS);
		createEAttribute(taskTemplateEClass, TASK_TEMPLATE__MILESTONE);
		createEAttribute(taskTemplateEClass, TASK_TEMPLATE__DELIVERABLE);
		createEAttribute(taskTemplateEClass, TASK_TEMPLATE__OPTIONAL);
		createEReference(taskTemplateEClass, TASK_TEMPLATE__DEPENDS_ON);
		createEReference(taskTemplateEClass, TASK_TEMPLATE__COVERS);

		speedUpOptionDefEClass = createEClass(SPEED_UP_OPTION_DEF);
		createEAttribute(speedUpOptionDefEClass, SPEED_UP_OPTION_DEF__OPTION);

		conflictingDutyDefEClass = createEClass(CONFLICTING_DUTY_DEF);
		createEAttribute(conflictingDutyDefEClass, CONFLICTING_DUTY_DEF__CATEGORIES);
		createEAttribute(conflictingDutyDefEClass, CONFLICTING_DUTY_DEF__KEYWORDS);
		createEAttribute(conflictingDutyDefEClass, CONFLICTING_DUTY_DEF__CONSISTENT_ALTERNATIVE);

		courseDefEClass = createEClass(COURSE_DEF);
		createEAttribute(courseDefEClass, COURSE_DEF__GROUP);
		createEAttribute(courseDefEClass, COURSE_DEF__HOURS);
		createEAttribute(courseDefEClass, COURSE_DEF__DAYS);
		createEAttribute(courseDefEClass, COURSE_DEF__MIN_ATTENDANCE);
		createEAttribute(courseDefEClass, COURSE_DEF__MAX_ATTENDANCE);
		createEAttribute(courseDefEClass, COURSE_DEF__AUDIENCE);
		createEAttribute(courseDefEClass, COURSE_DEF__AUDIENCE_NOTE);
		createEAttribute(courseDefEClass, COURSE_DEF__LIST_VALUE);
		createEAttribute(courseDefEClass, COURSE_DEF__MANAGERS_AND_STAFF_SEPARATE);
		createEAttribute(courseDefEClass, COURSE_DEF__SELF_CARE);
		createEReference(courseDefEClass, COURSE_DEF__PREREQUISITE);

		evaluationCategoryDefEClass = createEClass(EVALUATION_CATEGORY_DEF);
		createEReference(evaluationCategoryDefEClass, EVALUATION_CATEGORY_DEF__ITEMS);

		evaluationItemDefEClass = createEClass(EVALUATION_ITEM_DEF);

		jobDescriptionComponentDefEClass = createEClass(JOB_DESCRIPTION_COMPONENT_DEF);
		createEAttribute(jobDescriptionComponentDefEClass, JOB_DESCRIPTION_COMPONENT_DEF__COMPONENT);

		livedExperienceRequirementDefEClass = createEClass(LIVED_EXPERIENCE_REQUIREMENT_DEF);
		createEAttribute(livedExperienceRequirementDefEClass, LIVED_EXPERIENCE_REQUIREMENT_DEF__POPULATION);
		createEAttribute(livedExperienceRequirementDefEClass, LIVED_EXPERIENCE_REQUIREMENT_DEF__MIN_AGE);
		createEAttribute(livedExperienceRequirementDefEClass, LIVED_EXPERIENCE_REQUIREMENT_DEF__MAX_AGE);

		checklistDefEClass = createEClass(CHECKLIST_DEF);
		createEReference(checklistDefEClass, CHECKLIST_DEF__ITEMS);

		checklistItemDefEClass = createEClass(CHECKLIST_ITEM_DEF);

		// Create enums
		sourceDocumentEEnum = createEEnum(SOURCE_DOCUMENT);
		motivationGroupEEnum = createEEnum(MOTIVATION_GROUP);
		readinessBandEEnum = createEEnum(READINESS_BAND);
		implementationStageEEnum = createEEnum(IMPLEMENTATION_STAGE);
		onboardingPhaseEEnum = createEEnum(ONBOARDING_PHASE);
		planningDomainEEnum = createEEnum(PLANNING_DOMAIN);
		speedUpOptionEEnum = createEEnum(SPEED_UP_OPTION);
		roleMisfitCategoryEEnum = createEEnum(ROLE_MISFIT_CATEGORY);
		trainingGroupEEnum = createEEnum(TRAINING_GROUP);
		trainingAudienceEEnum = createEEnum(TRAINING_AUDIENCE);
		jobDescriptionComponentEEnum = createEEnum(JOB_DESCRIPTION_COMPONENT);
		populationServedEEnum = createEEnum(POPULATION_SERVED);
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

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		quizItemDefEClass.getESuperTypes().add(this.getCatalogItem());
		readinessBandDefEClass.getESuperTypes().add(this.getCatalogItem());
		motivationQuestionDefEClass.getESuperTypes().add(this.getCatalogItem());
		surveyItemDefEClass.getESuperTypes().add(this.getCatalogItem());
		competencyDefEClass.getESuperTypes().add(this.getCatalogItem());
		assessmentQuestionDefEClass.getESuperTypes().add(this.getCatalogItem());
		policyCheckItemDefEClass.getESuperTypes().add(this.getCatalogItem());
		planningItemDefEClass.getESuperTypes().add(this.getCatalogItem());
		riskFactorDefEClass.getESuperTypes().add(this.getCatalogItem());
		stageTemplateEClass.getESuperTypes().add(this.getCatalogItem());
		taskTemplateEClass.getESuperTypes().add(this.getCatalogItem());
		speedUpOptionDefEClass.getESuperTypes().add(this.getCatalogItem());
		conflictingDutyDefEClass.getESuperTypes().add(this.getCatalogItem());
		courseDefEClass.getESuperTypes().add(this.getCatalogItem());
		evaluationCategoryDefEClass.getESuperTypes().add(this.getCatalogItem());
		evaluationItemDefEClass.getESuperTypes().add(this.getCatalogItem());
		jobDescriptionComponentDefEClass.getESuperTypes().add(this.getCatalogItem());
		livedExperienceRequirementDefEClass.getESuperTypes().add(this.getCatalogItem());
		checklistDefEClass.getESuperTypes().add(this.getCatalogItem());
		checklistItemDefEClass.getESuperTypes().add(this.getCatalogItem());

		// Initialize classes, features, and operations; add parameters
		initEClass(citationEClass, Citation.class, "Citation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCitation_Document(), this.getSourceDocument(), "document", null, 0, 1, Citation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCitation_Section(), ecorePackage.getEString(), "section", null, 0, 1, Citation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCitation_Inferred(), ecorePackage.getEBoolean(), "inferred", null, 0, 1, Citation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(catalogItemEClass, CatalogItem.class, "CatalogItem", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCatalogItem_Code(), ecorePackage.getEString(), "code", null, 0, 1, CatalogItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCatalogItem_Name(), ecorePackage.getEString(), "name", null, 0, 1, CatalogItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCatalogItem_Text(), ecorePackage.getEString(), "text", null, 0, 1, CatalogItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalogItem_Citation(), this.getCitation(), null, "citation", null, 1, 1, CatalogItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(catalogEClass, Catalog.class, "Catalog", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCatalog_Name(), ecorePackage.getEString(), "name", null, 0, 1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCatalog_Version(), ecorePackage.getEString(), "version", null, 0, 1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_QuizItems(), this.getQuizItemDef(), null, "quizItems", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_ReadinessBands(), this.getReadinessBandDef(), null, "readinessBands", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_MotivationQuestions(), this.getMotivationQuestionDef(), null, "motivationQuestions", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_SurveyItems(), this.getSurveyItemDef(), null, "surveyItems", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_Competencies(), this.getCompetencyDef(), null, "competencies", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_PolicyChecklist(), this.getPolicyCheckItemDef(), null, "policyChecklist", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_PlanningItems(), this.getPlanningItemDef(), null, "planningItems", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_RiskFactors(), this.getRiskFactorDef(), null, "riskFactors", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_StageTemplates(), this.getStageTemplate(), null, "stageTemplates", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_SpeedUpOptions(), this.getSpeedUpOptionDef(), null, "speedUpOptions", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_ConflictingDuties(), this.getConflictingDutyDef(), null, "conflictingDuties", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_Courses(), this.getCourseDef(), null, "courses", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_EvaluationCategories(), this.getEvaluationCategoryDef(), null, "evaluationCategories", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_JobDescriptionComponents(), this.getJobDescriptionComponentDef(), null, "jobDescriptionComponents", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_LivedExperienceRequirements(), this.getLivedExperienceRequirementDef(), null, "livedExperienceRequirements", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalog_Checklists(), this.getChecklistDef(), null, "checklists", null, 0, -1, Catalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(quizItemDefEClass, QuizItemDef.class, "QuizItemDef", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getQuizItemDef_Theme(), ecorePackage.getEString(), "theme", null, 0, 1, QuizItemDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(readinessBandDefEClass, ReadinessBandDef.class, "ReadinessBandDef", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReadinessBandDef_Band(), this.getReadinessBand(), "band", null, 0, 1, ReadinessBandDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReadinessBandDef_MinTrue(), ecorePackage.getEInt(), "minTrue", null, 0, 1, ReadinessBandDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReadinessBandDef_MaxTrue(), ecorePackage.getEInt(), "maxTrue", null, 0, 1, ReadinessBandDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReadinessBandDef_MinimumMonths(), ecorePackage.getEInt(), "minimumMonths", null, 0, 1, ReadinessBandDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReadinessBandDef_MinimumStated(), ecorePackage.getEBoolean(), "minimumStated", null, 0, 1, ReadinessBandDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReadinessBandDef_Recommendation(), ecorePackage.getEString(), "recommendation", null, 0, 1, ReadinessBandDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(motivationQuestionDefEClass, MotivationQuestionDef.class, "MotivationQuestionDef", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMotivationQuestionDef_Group(), this.getMotivationGroup(), "group", null, 0, 1, MotivationQuestionDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(surveyItemDefEClass, SurveyItemDef.class, "SurveyItemDef", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(competencyDefEClass, CompetencyDef.class, "CompetencyDef", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCompetencyDef_ChapterTitle(), ecorePackage.getEString(), "chapterTitle", null, 0, 1, CompetencyDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCompetencyDef_Questions(), this.getAssessmentQuestionDef(), null, "questions", null, 0, -1, CompetencyDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assessmentQuestionDefEClass, AssessmentQuestionDef.class, "AssessmentQuestionDef", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(policyCheckItemDefEClass, PolicyCheckItemDef.class, "PolicyCheckItemDef", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPolicyCheckItemDef_Area(), ecorePackage.getEString(), "area", null, 0, 1, PolicyCheckItemDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyCheckItemDef_HrReadiness(), ecorePackage.getEBoolean(), "hrReadiness", null, 0, 1, PolicyCheckItemDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyCheckItemDef_RecoveryOrientation(), ecorePackage.getEBoolean(), "recoveryOrientation", null, 0, 1, PolicyCheckItemDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planningItemDefEClass, PlanningItemDef.class, "PlanningItemDef", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlanningItemDef_Domain(), this.getPlanningDomain(), "domain", null, 0, 1, PlanningItemDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(riskFactorDefEClass, RiskFactorDef.class, "RiskFactorDef", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(stageTemplateEClass, StageTemplate.class, "StageTemplate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStageTemplate_Kind(), this.getImplementationStage(), "kind", null, 0, 1, StageTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStageTemplate_Sequence(), ecorePackage.getEInt(), "sequence", null, 0, 1, StageTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStageTemplate_Tasks(), this.getTaskTemplate(), null, "tasks", null, 0, -1, StageTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(taskTemplateEClass, TaskTemplate.class, "TaskTemplate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTaskTemplate_Phase(), this.getOnboardingPhase(), "phase", null, 0, 1, TaskTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTaskTemplate_TypicalDays(), ecorePackage.getEInt(), "typicalDays", null, 0, 1, TaskTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTaskTemplate_Milestone(), ecorePackage.getEBoolean(), "milestone", null, 0, 1, TaskTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTaskTemplate_Deliverable(), ecorePackage.getEString(), "deliverable", null, 0, 1, TaskTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTaskTemplate_Optional(), ecorePackage.getEBoolean(), "optional", null, 0, 1, TaskTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTaskTemplate_DependsOn(), this.getTaskTemplate(), null, "dependsOn", null, 0, -1, TaskTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTaskTemplate_Covers(), this.getChecklistItemDef(), null, "covers", null, 0, -1, TaskTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(speedUpOptionDefEClass, SpeedUpOptionDef.class, "SpeedUpOptionDef", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSpeedUpOptionDef_Option(), this.getSpeedUpOption(), "option", null, 0, 1, SpeedUpOptionDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(conflictingDutyDefEClass, ConflictingDutyDef.class, "ConflictingDutyDef", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConflictingDutyDef_Categories(), this.getRoleMisfitCategory(), "categories", null, 0, -1, ConflictingDutyDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConflictingDutyDef_Keywords(), ecorePackage.getEString(), "keywords", null, 0, -1, ConflictingDutyDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConflictingDutyDef_ConsistentAlternative(), ecorePackage.getEString(), "consistentAlternative", null, 0, 1, ConflictingDutyDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(courseDefEClass, CourseDef.class, "CourseDef", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCourseDef_Group(), this.getTrainingGroup(), "group", null, 0, 1, CourseDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCourseDef_Hours(), ecorePackage.getEDouble(), "hours", null, 0, 1, CourseDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCourseDef_Days(), ecorePackage.getEInt(), "days", null, 0, 1, CourseDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCourseDef_MinAttendance(), ecorePackage.getEInt(), "minAttendance", null, 0, 1, CourseDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCourseDef_MaxAttendance(), ecorePackage.getEInt(), "maxAttendance", null, 0, 1, CourseDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCourseDef_Audience(), this.getTrainingAudience(), "audience", null, 0, 1, CourseDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCourseDef_AudienceNote(), ecorePackage.getEString(), "audienceNote", null, 0, 1, CourseDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCourseDef_ListValue(), ecorePackage.getEBigDecimal(), "listValue", null, 0, 1, CourseDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCourseDef_ManagersAndStaffSeparate(), ecorePackage.getEBoolean(), "managersAndStaffSeparate", null, 0, 1, CourseDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCourseDef_SelfCare(), ecorePackage.getEBoolean(), "selfCare", null, 0, 1, CourseDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCourseDef_Prerequisite(), this.getCourseDef(), null, "prerequisite", null, 0, 1, CourseDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evaluationCategoryDefEClass, EvaluationCategoryDef.class, "EvaluationCategoryDef", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEvaluationCategoryDef_Items(), this.getEvaluationItemDef(), null, "items", null, 0, -1, EvaluationCategoryDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evaluationItemDefEClass, EvaluationItemDef.class, "EvaluationItemDef", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(jobDescriptionComponentDefEClass, JobDescriptionComponentDef.class, "JobDescriptionComponentDef", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getJobDescriptionComponentDef_Component(), this.getJobDescriptionComponent(), "component", null, 0, 1, JobDescriptionComponentDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(livedExperienceRequirementDefEClass, LivedExperienceRequirementDef.class, "LivedExperienceRequirementDef", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLivedExperienceRequirementDef_Population(), this.getPopulationServed(), "population", null, 0, 1, LivedExperienceRequirementDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLivedExperienceRequirementDef_MinAge(), ecorePackage.getEInt(), "minAge", null, 0, 1, LivedExperienceRequirementDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLivedExperienceRequirementDef_MaxAge(), ecorePackage.getEInt(), "maxAge", null, 0, 1, LivedExperienceRequirementDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(checklistDefEClass, ChecklistDef.class, "ChecklistDef", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getChecklistDef_Items(), this.getChecklistItemDef(), null, "items", null, 0, -1, ChecklistDef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(checklistItemDefEClass, ChecklistItemDef.class, "ChecklistItemDef", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		// Initialize enums and add enum literals
		initEEnum(sourceDocumentEEnum, SourceDocument.class, "SourceDocument");
		addEEnumLiteral(sourceDocumentEEnum, SourceDocument.WISE_EMPLOYER_TOOLKIT);
		addEEnumLiteral(sourceDocumentEEnum, SourceDocument.TRANSCOM_QA);
		addEEnumLiteral(sourceDocumentEEnum, SourceDocument.PROVIDERS_HANDBOOK);
		addEEnumLiteral(sourceDocumentEEnum, SourceDocument.INTEGRATION_WEBINAR);

		initEEnum(motivationGroupEEnum, MotivationGroup.class, "MotivationGroup");
		addEEnumLiteral(motivationGroupEEnum, MotivationGroup.MOTIVATION);
		addEEnumLiteral(motivationGroupEEnum, MotivationGroup.CONCERNS);

		initEEnum(readinessBandEEnum, ReadinessBand.class, "ReadinessBand");
		addEEnumLiteral(readinessBandEEnum, ReadinessBand.BAND_810);
		addEEnumLiteral(readinessBandEEnum, ReadinessBand.BAND_57);
		addEEnumLiteral(readinessBandEEnum, ReadinessBand.BAND_LT5);

		initEEnum(implementationStageEEnum, ImplementationStage.class, "ImplementationStage");
		addEEnumLiteral(implementationStageEEnum, ImplementationStage.EARLY_IMPLEMENTATION_FOUNDATION);
		addEEnumLiteral(implementationStageEEnum, ImplementationStage.POLICY_REVIEW_READINESS);
		addEEnumLiteral(implementationStageEEnum, ImplementationStage.DEVELOPING_TIMELINE);
		addEEnumLiteral(implementationStageEEnum, ImplementationStage.JOB_DESCRIPTION);
		addEEnumLiteral(implementationStageEEnum, ImplementationStage.RECRUITMENT);
		addEEnumLiteral(implementationStageEEnum, ImplementationStage.INTERVIEW);
		addEEnumLiteral(implementationStageEEnum, ImplementationStage.PAY_RATES);
		addEEnumLiteral(implementationStageEEnum, ImplementationStage.SUPERVISION);
		addEEnumLiteral(implementationStageEEnum, ImplementationStage.PERFORMANCE_REVIEWS);
		addEEnumLiteral(implementationStageEEnum, ImplementationStage.ONBOARDING);

		initEEnum(onboardingPhaseEEnum, OnboardingPhase.class, "OnboardingPhase");
		addEEnumLiteral(onboardingPhaseEEnum, OnboardingPhase.NONE);
		addEEnumLiteral(onboardingPhaseEEnum, OnboardingPhase.PRE_SELECTION);
		addEEnumLiteral(onboardingPhaseEEnum, OnboardingPhase.POST_SELECTION);
		addEEnumLiteral(onboardingPhaseEEnum, OnboardingPhase.DAY_ONE);
		addEEnumLiteral(onboardingPhaseEEnum, OnboardingPhase.WEEK_ONE);
		addEEnumLiteral(onboardingPhaseEEnum, OnboardingPhase.FIRST_90_DAYS_AND_BEYOND);

		initEEnum(planningDomainEEnum, PlanningDomain.class, "PlanningDomain");
		addEEnumLiteral(planningDomainEEnum, PlanningDomain.LAYING_THE_FOUNDATION);
		addEEnumLiteral(planningDomainEEnum, PlanningDomain.POLICY);
		addEEnumLiteral(planningDomainEEnum, PlanningDomain.WORKFORCE_DEVELOPMENT);
		addEEnumLiteral(planningDomainEEnum, PlanningDomain.PEER_LEADERSHIP);
		addEEnumLiteral(planningDomainEEnum, PlanningDomain.RESEARCH_AND_OUTCOMES);

		initEEnum(speedUpOptionEEnum, SpeedUpOption.class, "SpeedUpOption");
		addEEnumLiteral(speedUpOptionEEnum, SpeedUpOption.NATIONAL_CONFERENCES);
		addEEnumLiteral(speedUpOptionEEnum, SpeedUpOption.SITE_VISITS);
		addEEnumLiteral(speedUpOptionEEnum, SpeedUpOption.SUBCONTRACTING);

		initEEnum(roleMisfitCategoryEEnum, RoleMisfitCategory.class, "RoleMisfitCategory");
		addEEnumLiteral(roleMisfitCategoryEEnum, RoleMisfitCategory.BUSY_WORK);
		addEEnumLiteral(roleMisfitCategoryEEnum, RoleMisfitCategory.AGENDA);
		addEEnumLiteral(roleMisfitCategoryEEnum, RoleMisfitCategory.POWER_IMBALANCE);
		addEEnumLiteral(roleMisfitCategoryEEnum, RoleMisfitCategory.SELF_DETERMINATION);

		initEEnum(trainingGroupEEnum, TrainingGroup.class, "TrainingGroup");
		addEEnumLiteral(trainingGroupEEnum, TrainingGroup.WISE_CORE_CURRICULUM);
		addEEnumLiteral(trainingGroupEEnum, TrainingGroup.PEER_SUPPORT_STAFF);
		addEEnumLiteral(trainingGroupEEnum, TrainingGroup.EMPLOYER_SPECIFIC);
		addEEnumLiteral(trainingGroupEEnum, TrainingGroup.WRAP);

		initEEnum(trainingAudienceEEnum, TrainingAudience.class, "TrainingAudience");
		addEEnumLiteral(trainingAudienceEEnum, TrainingAudience.ALL_STAFF);
		addEEnumLiteral(trainingAudienceEEnum, TrainingAudience.MH_PEERS);
		addEEnumLiteral(trainingAudienceEEnum, TrainingAudience.MH_PEERS_AND_LINE_STAFF);
		addEEnumLiteral(trainingAudienceEEnum, TrainingAudience.LEADERSHIP_MANAGERS_CLINICIANS_MH_PROFESSIONALS);
		addEEnumLiteral(trainingAudienceEEnum, TrainingAudience.LEADERSHIP_MANAGERS_CLINICIANS_CONTRACT_MONITORS);

		initEEnum(jobDescriptionComponentEEnum, JobDescriptionComponent.class, "JobDescriptionComponent");
		addEEnumLiteral(jobDescriptionComponentEEnum, JobDescriptionComponent.FUNCTION);
		addEEnumLiteral(jobDescriptionComponentEEnum, JobDescriptionComponent.REPORTING_RELATIONSHIPS);
		addEEnumLiteral(jobDescriptionComponentEEnum, JobDescriptionComponent.RESPONSIBILITIES);
		addEEnumLiteral(jobDescriptionComponentEEnum, JobDescriptionComponent.QUALIFICATIONS_COMPETENCIES);
		addEEnumLiteral(jobDescriptionComponentEEnum, JobDescriptionComponent.EMPLOYMENT_CONDITIONS);

		initEEnum(populationServedEEnum, PopulationServed.class, "PopulationServed");
		addEEnumLiteral(populationServedEEnum, PopulationServed.UNSPECIFIED);
		addEEnumLiteral(populationServedEEnum, PopulationServed.ADULT_CONSUMER_18_PLUS);
		addEEnumLiteral(populationServedEEnum, PopulationServed.FAMILY_OF_ADULT_18_PLUS);
		addEEnumLiteral(populationServedEEnum, PopulationServed.PARENT_CAREGIVER_OF_CHILD_YOUTH_17_AND_UNDER);
		addEEnumLiteral(populationServedEEnum, PopulationServed.TRANSITION_AGE_YOUTH);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
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
			   "documentation", "The toolkit catalog: the instruments, checklists, stage templates and training menu of the source toolkits, each item with its citation."
		   });
		addAnnotation
		  (citationEClass,
		   source,
		   new String[] {
			   "documentation", "Where a catalog item or plan element comes from: one section of one source document."
		   });
		addAnnotation
		  (getCitation_Inferred(),
		   source,
		   new String[] {
			   "documentation", "True when the item is this catalog\'s inference from the source rather than the source\'s own statement."
		   });
		addAnnotation
		  (catalogItemEClass,
		   source,
		   new String[] {
			   "documentation", "Any catalog entry: a stable code such as TQ-3 or COMP-07, its text in the catalog\'s own words, and its citation."
		   });
		addAnnotation
		  (catalogEClass,
		   source,
		   new String[] {
			   "documentation", "The whole toolkit catalog shipped with PeerPlan."
		   });
		addAnnotation
		  (quizItemDefEClass,
		   source,
		   new String[] {
			   "documentation", "A True/False statement of the timeline readiness quiz."
		   });
		addAnnotation
		  (readinessBandDefEClass,
		   source,
		   new String[] {
			   "documentation", "A band of the timeline quiz: a range of True answers and the minimum preparation horizon it calls for."
		   });
		addAnnotation
		  (getReadinessBandDef_MinimumStated(),
		   source,
		   new String[] {
			   "documentation", "False when the source gives no minimum and the months are this catalog\'s inference."
		   });
		addAnnotation
		  (surveyItemDefEClass,
		   source,
		   new String[] {
			   "documentation", "An item of the recovery-orientation workplace survey, answered on a five-point agreement scale."
		   });
		addAnnotation
		  (competencyDefEClass,
		   source,
		   new String[] {
			   "documentation", "One of the eleven core competencies for agencies that employ peer support workers."
		   });
		addAnnotation
		  (policyCheckItemDefEClass,
		   source,
		   new String[] {
			   "documentation", "A question of the Stage 2 policy-review checklist."
		   });
		addAnnotation
		  (getPolicyCheckItemDef_HrReadiness(),
		   source,
		   new String[] {
			   "documentation", "True for the HR readiness questions (understanding, interviewing, benefits, ADA)."
		   });
		addAnnotation
		  (getPolicyCheckItemDef_RecoveryOrientation(),
		   source,
		   new String[] {
			   "documentation", "True for the vision, mission and values questions that must be settled before peers start."
		   });
		addAnnotation
		  (riskFactorDefEClass,
		   source,
		   new String[] {
			   "documentation", "One of the thirteen psychosocial risk factors at work."
		   });
		addAnnotation
		  (stageTemplateEClass,
		   source,
		   new String[] {
			   "documentation", "A stage or phase of implementation with the tasks the guidance recommends."
		   });
		addAnnotation
		  (getTaskTemplate_TypicalDays(),
		   source,
		   new String[] {
			   "documentation", "A planning estimate in working days; the sources give no durations, so every estimate is marked inferred."
		   });
		addAnnotation
		  (conflictingDutyDefEClass,
		   source,
		   new String[] {
			   "documentation", "A duty that conflicts with the peer role and must not be part of one."
		   });
		addAnnotation
		  (getConflictingDutyDef_Keywords(),
		   source,
		   new String[] {
			   "documentation", "Lower-case phrases that identify the duty in a role\'s duty list."
		   });
		addAnnotation
		  (getConflictingDutyDef_ConsistentAlternative(),
		   source,
		   new String[] {
			   "documentation", "What the source says is consistent with the peer role on the same topic."
		   });
		addAnnotation
		  (courseDefEClass,
		   source,
		   new String[] {
			   "documentation", "A course of the professional development training menu."
		   });
		addAnnotation
		  (getCourseDef_ListValue(),
		   source,
		   new String[] {
			   "documentation", "The menu\'s value in US dollars, including instructor travel; discounts or no-cost delivery may apply."
		   });
		addAnnotation
		  (evaluationCategoryDefEClass,
		   source,
		   new String[] {
			   "documentation", "A category of the sample peer employee performance evaluation."
		   });
		addAnnotation
		  (checklistDefEClass,
		   source,
		   new String[] {
			   "documentation", "A named list of guidance items, such as the readiness-training elements or the orientation topics."
		   });
	}

} //CatalogPackageImpl
