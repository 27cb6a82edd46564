/**
 */
package org.peerplan.model.catalog;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.peerplan.model.catalog.CatalogPackage
 * @generated
 */
public interface CatalogFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CatalogFactory eINSTANCE = org.peerplan.model.catalog.impl.CatalogFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Citation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Citation</em>'.
	 * @generated
	 */
	Citation createCitation();

	/**
	 * Returns a new object of class '<em>Catalog</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Catalog</em>'.
	 * @generated
	 */
	Catalog createCatalog();

	/**
	 * Returns a new object of class '<em>Quiz Item Def</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Quiz Item Def</em>'.
	 * @generated
	 */
	QuizItemDef createQuizItemDef();

	/**
	 * Returns a new object of class '<em>Readiness Band Def</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Readiness Band Def</em>'.
	 * @generated
	 */
	ReadinessBandDef createReadinessBandDef();

	/**
	 * Returns a new object of class '<em>Motivation Question Def</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Motivation Question Def</em>'.
	 * @generated
	 */
	MotivationQuestionDef createMotivationQuestionDef();

	/**
	 * Returns a new object of class '<em>Survey Item Def</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Survey Item Def</em>'.
	 * @generated
	 */
	SurveyItemDef createSurveyItemDef();

	/**
	 * Returns a new object of class '<em>Competency Def</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Competency Def</em>'.
	 * @generated
	 */
	CompetencyDef createCompetencyDef();

	/**
	 * Returns a new object of class '<em>Assessment Question Def</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Assessment Question Def</em>'.
	 * @generated
	 */
	AssessmentQuestionDef createAssessmentQuestionDef();

	/**
	 * Returns a new object of class '<em>Policy Check Item Def</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Policy Check Item Def</em>'.
	 * @generated
	 */
	PolicyCheckItemDef createPolicyCheckItemDef();

	/**
	 * Returns a new object of class '<em>Planning Item Def</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Planning Item Def</em>'.
	 * @generated
	 */
	PlanningItemDef createPlanningItemDef();

	/**
	 * Returns a new object of class '<em>Risk Factor Def</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Risk Factor Def</em>'.
	 * @generated
	 */
	RiskFactorDef createRiskFactorDef();

	/**
	 * Returns a new object of class '<em>Stage Template</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Stage Template</em>'.
	 * @generated
	 */
	StageTemplate createStageTemplate();

	/**
	 * Returns a new object of class '<em>Task Template</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Task Template</em>'.
	 * @generated
	 */
	TaskTemplate createTaskTemplate();

	/**
	 * Returns a new object of class '<em>Speed Up Option Def</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Speed Up Option Def</em>'.
	 * @generated
	 */
	SpeedUpOptionDef createSpeedUpOptionDef();

	/**
	 * Returns a new object of class '<em>Conflicting Duty Def</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Conflicting Duty Def</em>'.
	 * @generated
	 */
	ConflictingDutyDef createConflictingDutyDef();

	/**
	 * Returns a new object of class '<em>Course Def</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Course Def</em>'.
	 * @generated
	 */
	CourseDef createCourseDef();

	/**
	 * Returns a new object of class '<em>Evaluation Category Def</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Evaluation Category Def</em>'.
	 * @generated
	 */
	EvaluationCategoryDef createEvaluationCategoryDef();

	/**
	 * Returns a new object of class '<em>Evaluation Item Def</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Evaluation Item Def</em>'.
	 * @generated
	 */
	EvaluationItemDef createEvaluationItemDef();

	/**
	 * Returns a new object of class '<em>Job Description Component Def</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Job Description Component Def</em>'.
	 * @generated
	 */
	JobDescriptionComponentDef createJobDescriptionComponentDef();

	/**
	 * Returns a new object of class '<em>Lived Experience Requirement Def</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Lived Experience Requirement Def</em>'.
	 * @generated
	 */
	LivedExperienceRequirementDef createLivedExperienceRequirementDef();

	/**
	 * Returns a new object of class '<em>Checklist Def</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Checklist Def</em>'.
	 * @generated
	 */
	ChecklistDef createChecklistDef();

	/**
	 * Returns a new object of class '<em>Checklist Item Def</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Checklist Item Def</em>'.
	 * @generated
	 */
	ChecklistItemDef createChecklistItemDef();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CatalogPackage getCatalogPackage();

} //CatalogFactory
