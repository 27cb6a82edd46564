/**
 */
package org.peerplan.model.catalog.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.peerplan.model.catalog.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.catalog.CatalogPackage
 * @generated
 */
public class CatalogAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CatalogPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CatalogAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = CatalogPackage.eINSTANCE;
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
	protected CatalogSwitch<Adapter> modelSwitch =
		new CatalogSwitch<Adapter>() {
			@Override
			public Adapter caseCitation(Citation object) {
				return createCitationAdapter();
			}
			@Override
			public Adapter caseCatalogItem(CatalogItem object) {
				return createCatalogItemAdapter();
			}
			@Override
			public Adapter caseCatalog(Catalog object) {
				return createCatalogAdapter();
			}
			@Override
			public Adapter caseQuizItemDef(QuizItemDef object) {
				return createQuizItemDefAdapter();
			}
			@Override
			public Adapter caseReadinessBandDef(ReadinessBandDef object) {
				return createReadinessBandDefAdapter();
			}
			@Override
			public Adapter caseMotivationQuestionDef(MotivationQuestionDef object) {
				return createMotivationQuestionDefAdapter();
			}
			@Override
			public Adapter caseSurveyItemDef(SurveyItemDef object) {
				return createSurveyItemDefAdapter();
			}
			@Override
			public Adapter caseCompetencyDef(CompetencyDef object) {
				return createCompetencyDefAdapter();
			}
			@Override
			public Adapter caseAssessmentQuestionDef(AssessmentQuestionDef object) {
				return createAssessmentQuestionDefAdapter();
			}
			@Override
			public Adapter casePolicyCheckItemDef(PolicyCheckItemDef object) {
				return createPolicyCheckItemDefAdapter();
			}
			@Override
			public Adapter casePlanningItemDef(PlanningItemDef object) {
				return createPlanningItemDefAdapter();
			}
			@Override
			public Adapter caseRiskFactorDef(RiskFactorDef object) {
				return createRiskFactorDefAdapter();
			}
			@Override
			public Adapter caseStageTemplate(StageTemplate object) {
				return createStageTemplateAdapter();
			}
			@Override
			public Adapter caseTaskTemplate(TaskTemplate object) {
				return createTaskTemplateAdapter();
			}
			@Override
			public Adapter caseSpeedUpOptionDef(SpeedUpOptionDef object) {
				return createSpeedUpOptionDefAdapter();
			}
			@Override
			public Adapter caseConflictingDutyDef(ConflictingDutyDef object) {
				return createConflictingDutyDefAdapter();
			}
			@Override
			public Adapter caseCourseDef(CourseDef object) {
				return createCourseDefAdapter();
			}
			@Override
			public Adapter caseEvaluationCategoryDef(EvaluationCategoryDef object) {
				return createEvaluationCategoryDefAdapter();
			}
			@Override
			public Adapter caseEvaluationItemDef(EvaluationItemDef object) {
				return createEvaluationItemDefAdapter();
			}
			@Override
			public Adapter caseJobDescriptionComponentDef(JobDescriptionComponentDef object) {
				return createJobDescriptionComponentDefAdapter();
			}
			@Override
			public Adapter caseLivedExperienceRequirementDef(LivedExperienceRequirementDef object) {
				return createLivedExperienceRequirementDefAdapter();
			}
			@Override
			public Adapter caseChecklistDef(ChecklistDef object) {
				return createChecklistDefAdapter();
			}
			@Override
			public Adapter caseChecklistItemDef(ChecklistItemDef object) {
				return createChecklistItemDefAdapter();
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
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.catalog.Citation <em>Citation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.catalog.Citation
	 * @generated
	 */
	public Adapter createCitationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.catalog.CatalogItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.catalog.CatalogItem
	 * @generated
	 */
	public Adapter createCatalogItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.catalog.Catalog <em>Catalog</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.catalog.Catalog
	 * @generated
	 */
	public Adapter createCatalogAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.catalog.QuizItemDef <em>Quiz Item Def</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.catalog.QuizItemDef
	 * @generated
	 */
	public Adapter createQuizItemDefAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.catalog.ReadinessBandDef <em>Readiness Band Def</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.catalog.ReadinessBandDef
	 * @generated
	 */
	public Adapter createReadinessBandDefAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.catalog.MotivationQuestionDef <em>Motivation Question Def</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.catalog.MotivationQuestionDef
	 * @generated
	 */
	public Adapter createMotivationQuestionDefAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.catalog.SurveyItemDef <em>Survey Item Def</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.catalog.SurveyItemDef
	 * @generated
	 */
	public Adapter createSurveyItemDefAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.catalog.CompetencyDef <em>Competency Def</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.catalog.CompetencyDef
	 * @generated
	 */
	public Adapter createCompetencyDefAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.catalog.AssessmentQuestionDef <em>Assessment Question Def</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.catalog.AssessmentQuestionDef
	 * @generated
	 */
	public Adapter createAssessmentQuestionDefAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.catalog.PolicyCheckItemDef <em>Policy Check Item Def</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.catalog.PolicyCheckItemDef
	 * @generated
	 */
	public Adapter createPolicyCheckItemDefAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.catalog.PlanningItemDef <em>Planning Item Def</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.catalog.PlanningItemDef
	 * @generated
	 */
	public Adapter createPlanningItemDefAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.catalog.RiskFactorDef <em>Risk Factor Def</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.catalog.RiskFactorDef
	 * @generated
	 */
	public Adapter createRiskFactorDefAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.catalog.StageTemplate <em>Stage Template</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.catalog.StageTemplate
	 * @generated
	 */
	public Adapter createStageTemplateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.catalog.TaskTemplate <em>Task Template</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.catalog.TaskTemplate
	 * @generated
	 */
	public Adapter createTaskTemplateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.catalog.SpeedUpOptionDef <em>Speed Up Option Def</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.catalog.SpeedUpOptionDef
	 * @generated
	 */
	public Adapter createSpeedUpOptionDefAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.catalog.ConflictingDutyDef <em>Conflicting Duty Def</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.catalog.ConflictingDutyDef
	 * @generated
	 */
	public Adapter createConflictingDutyDefAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.catalog.CourseDef <em>Course Def</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.catalog.CourseDef
	 * @generated
	 */
	public Adapter createCourseDefAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.catalog.EvaluationCategoryDef <em>Evaluation Category Def</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.catalog.EvaluationCategoryDef
	 * @generated
	 */
	public Adapter createEvaluationCategoryDefAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.catalog.EvaluationItemDef <em>Evaluation Item Def</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.catalog.EvaluationItemDef
	 * @generated
	 */
	public Adapter createEvaluationItemDefAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.catalog.JobDescriptionComponentDef <em>Job Description Component Def</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.catalog.JobDescriptionComponentDef
	 * @generated
	 */
	public Adapter createJobDescriptionComponentDefAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.catalog.LivedExperienceRequirementDef <em>Lived Experience Requirement Def</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.catalog.LivedExperienceRequirementDef
	 * @generated
	 */
	public Adapter createLivedExperienceRequirementDefAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.catalog.ChecklistDef <em>Checklist Def</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.catalog.ChecklistDef
	 * @generated
	 */
	public Adapter createChecklistDefAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.peerplan.model.catalog.ChecklistItemDef <em>Checklist Item Def</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.peerplan.model.catalog.ChecklistItemDef
	 * @generated
	 */
	public Adapter createChecklistItemDefAdapter() {
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

} //CatalogAdapterFactory
