/**
 */
package org.peerplan.model.catalog.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.peerplan.model.catalog.*;

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
 * @see org.peerplan.model.catalog.CatalogPackage
 * @generated
 */
public class CatalogSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CatalogPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CatalogSwitch() {
		if (modelPackage == null) {
			modelPackage = CatalogPackage.eINSTANCE;
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
			case CatalogPackage.CITATION: {
				Citation citation = (Citation)theEObject;
				T result = caseCitation(citation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.CATALOG_ITEM: {
				CatalogItem catalogItem = (CatalogItem)theEObject;
				T result = caseCatalogItem(catalogItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.CATALOG: {
				Catalog catalog = (Catalog)theEObject;
				T result = caseCatalog(catalog);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.QUIZ_ITEM_DEF: {
				QuizItemDef quizItemDef = (QuizItemDef)theEObject;
				T result = caseQuizItemDef(quizItemDef);
				if (result == null) result = caseCatalogItem(quizItemDef);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.READINESS_BAND_DEF: {
				ReadinessBandDef readinessBandDef = (ReadinessBandDef)theEObject;
				T result = caseReadinessBandDef(readinessBandDef);
				if (result == null) result = caseCatalogItem(readinessBandDef);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.MOTIVATION_QUESTION_DEF: {
				MotivationQuestionDef motivationQuestionDef = (MotivationQuestionDef)theEObject;
				T result = caseMotivationQuestionDef(motivationQuestionDef);
				if (result == null) result = caseCatalogItem(motivationQuestionDef);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.SURVEY_ITEM_DEF: {
				SurveyItemDef surveyItemDef = (SurveyItemDef)theEObject;
				T result = caseSurveyItemDef(surveyItemDef);
				if (result == null) result = caseCatalogItem(surveyItemDef);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.COMPETENCY_DEF: {
				CompetencyDef competencyDef = (CompetencyDef)theEObject;
				T result = caseCompetencyDef(competencyDef);
				if (result == null) result = caseCatalogItem(competencyDef);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.ASSESSMENT_QUESTION_DEF: {
				AssessmentQuestionDef assessmentQuestionDef = (AssessmentQuestionDef)theEObject;
				T result = caseAssessmentQuestionDef(assessmentQuestionDef);
				if (result == null) result = caseCatalogItem(assessmentQuestionDef);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.POLICY_CHECK_ITEM_DEF: {
				PolicyCheckItemDef policyCheckItemDef = (PolicyCheckItemDef)theEObject;
				T result = casePolicyCheckItemDef(policyCheckItemDef);
				if (result == null) result = caseCatalogItem(policyCheckItemDef);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.PLANNING_ITEM_DEF: {
				PlanningItemDef planningItemDef = (PlanningItemDef)theEObject;
				T result = casePlanningItemDef(planningItemDef);
				if (result == null) result = caseCatalogItem(planningItemDef);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.RISK_FACTOR_DEF: {
				RiskFactorDef riskFactorDef = (RiskFactorDef)theEObject;
				T result = caseRiskFactorDef(riskFactorDef);
				if (result == null) result = caseCatalogItem(riskFactorDef);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.STAGE_TEMPLATE: {
				StageTemplate stageTemplate = (StageTemplate)theEObject;
				T result = caseStageTemplate(stageTemplate);
				if (result == null) result = caseCatalogItem(stageTemplate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.TASK_TEMPLATE: {
				TaskTemplate taskTemplate = (TaskTemplate)theEObject;
				T result = caseTaskTemplate(taskTemplate);
				if (result == null) result = caseCatalogItem(taskTemplate);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.SPEED_UP_OPTION_DEF: {
				SpeedUpOptionDef speedUpOptionDef = (SpeedUpOptionDef)theEObject;
				T result = caseSpeedUpOptionDef(speedUpOptionDef);
				if (result == null) result = caseCatalogItem(speedUpOptionDef);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.CONFLICTING_DUTY_DEF: {
				ConflictingDutyDef conflictingDutyDef = (ConflictingDutyDef)theEObject;
				T result = caseConflictingDutyDef(conflictingDutyDef);
				if (result == null) result = caseCatalogItem(conflictingDutyDef);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.COURSE_DEF: {
				CourseDef courseDef = (CourseDef)theEObject;
				T result = caseCourseDef(courseDef);
				if (result == null) result = caseCatalogItem(courseDef);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.EVALUATION_CATEGORY_DEF: {
				EvaluationCategoryDef evaluationCategoryDef = (EvaluationCategoryDef)theEObject;
				T result = caseEvaluationCategoryDef(evaluationCategoryDef);
				if (result == null) result = caseCatalogItem(evaluationCategoryDef);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.EVALUATION_ITEM_DEF: {
				EvaluationItemDef evaluationItemDef = (EvaluationItemDef)theEObject;
				T result = caseEvaluationItemDef(evaluationItemDef);
				if (result == null) result = caseCatalogItem(evaluationItemDef);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.JOB_DESCRIPTION_COMPONENT_DEF: {
				JobDescriptionComponentDef jobDescriptionComponentDef = (JobDescriptionComponentDef)theEObject;
				T result = caseJobDescriptionComponentDef(jobDescriptionComponentDef);
				if (result == null) result = caseCatalogItem(jobDescriptionComponentDef);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.LIVED_EXPERIENCE_REQUIREMENT_DEF: {
				LivedExperienceRequirementDef livedExperienceRequirementDef = (LivedExperienceRequirementDef)theEObject;
				T result = caseLivedExperienceRequirementDef(livedExperienceRequirementDef);
				if (result == null) result = caseCatalogItem(livedExperienceRequirementDef);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.CHECKLIST_DEF: {
				ChecklistDef checklistDef = (ChecklistDef)theEObject;
				T result = caseChecklistDef(checklistDef);
				if (result == null) result = caseCatalogItem(checklistDef);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CatalogPackage.CHECKLIST_ITEM_DEF: {
				ChecklistItemDef checklistItemDef = (ChecklistItemDef)theEObject;
				T result = caseChecklistItemDef(checklistItemDef);
				if (result == null) result = caseCatalogItem(checklistItemDef);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Citation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Citation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCitation(Citation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCatalogItem(CatalogItem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Catalog</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Catalog</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCatalog(Catalog object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Quiz Item Def</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Quiz Item Def</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseQuizItemDef(QuizItemDef object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Readiness Band Def</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Readiness Band Def</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReadinessBandDef(ReadinessBandDef object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Motivation Question Def</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Motivation Question Def</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMotivationQuestionDef(MotivationQuestionDef object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Survey Item Def</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Survey Item Def</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSurveyItemDef(SurveyItemDef object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Competency Def</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Competency Def</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCompetencyDef(CompetencyDef object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Assessment Question Def</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Assessment Question Def</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAssessmentQuestionDef(AssessmentQuestionDef object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Policy Check Item Def</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Policy Check Item Def</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePolicyCheckItemDef(PolicyCheckItemDef object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Planning Item Def</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Planning Item Def</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanningItemDef(PlanningItemDef object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Risk Factor Def</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Risk Factor Def</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRiskFactorDef(RiskFactorDef object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Stage Template</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Stage Template</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStageTemplate(StageTemplate object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Task Template</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Task Template</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTaskTemplate(TaskTemplate object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Speed Up Option Def</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Speed Up Option Def</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSpeedUpOptionDef(SpeedUpOptionDef object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Conflicting Duty Def</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Conflicting Duty Def</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConflictingDutyDef(ConflictingDutyDef object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Course Def</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Course Def</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCourseDef(CourseDef object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Evaluation Category Def</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Evaluation Category Def</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEvaluationCategoryDef(EvaluationCategoryDef object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Evaluation Item Def</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Evaluation Item Def</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEvaluationItemDef(EvaluationItemDef object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Job Description Component Def</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Job Description Component Def</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseJobDescriptionComponentDef(JobDescriptionComponentDef object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Lived Experience Requirement Def</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Lived Experience Requirement Def</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLivedExperienceRequirementDef(LivedExperienceRequirementDef object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Checklist Def</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Checklist Def</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseChecklistDef(ChecklistDef object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Checklist Item Def</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Checklist Item Def</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseChecklistItemDef(ChecklistItemDef object) {
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

} //CatalogSwitch
