/**
 */
package org.peerplan.model.catalog;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Catalog</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The whole toolkit catalog shipped with PeerPlan.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.catalog.Catalog#getName <em>Name</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.Catalog#getVersion <em>Version</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.Catalog#getQuizItems <em>Quiz Items</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.Catalog#getReadinessBands <em>Readiness Bands</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.Catalog#getMotivationQuestions <em>Motivation Questions</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.Catalog#getSurveyItems <em>Survey Items</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.Catalog#getCompetencies <em>Competencies</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.Catalog#getPolicyChecklist <em>Policy Checklist</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.Catalog#getPlanningItems <em>Planning Items</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.Catalog#getRiskFactors <em>Risk Factors</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.Catalog#getStageTemplates <em>Stage Templates</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.Catalog#getSpeedUpOptions <em>Speed Up Options</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.Catalog#getConflictingDuties <em>Conflicting Duties</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.Catalog#getCourses <em>Courses</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.Catalog#getEvaluationCategories <em>Evaluation Categories</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.Catalog#getJobDescriptionComponents <em>Job Description Components</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.Catalog#getLivedExperienceRequirements <em>Lived Experience Requirements</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.Catalog#getChecklists <em>Checklists</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.catalog.CatalogPackage#getCatalog()
 * @model
 * @generated
 */
public interface Catalog extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.peerplan.model.catalog.CatalogPackage#getCatalog_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.Catalog#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.peerplan.model.catalog.CatalogPackage#getCatalog_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.Catalog#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Quiz Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.catalog.QuizItemDef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quiz Items</em>' containment reference list.
	 * @see org.peerplan.model.catalog.CatalogPackage#getCatalog_QuizItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<QuizItemDef> getQuizItems();

	/**
	 * Returns the value of the '<em><b>Readiness Bands</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.catalog.ReadinessBandDef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Readiness Bands</em>' containment reference list.
	 * @see org.peerplan.model.catalog.CatalogPackage#getCatalog_ReadinessBands()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReadinessBandDef> getReadinessBands();

	/**
	 * Returns the value of the '<em><b>Motivation Questions</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.catalog.MotivationQuestionDef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Motivation Questions</em>' containment reference list.
	 * @see org.peerplan.model.catalog.CatalogPackage#getCatalog_MotivationQuestions()
	 * @model containment="true"
	 * @generated
	 */
	EList<MotivationQuestionDef> getMotivationQuestions();

	/**
	 * Returns the value of the '<em><b>Survey Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.catalog.SurveyItemDef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Survey Items</em>' containment reference list.
	 * @see org.peerplan.model.catalog.CatalogPackage#getCatalog_SurveyItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<SurveyItemDef> getSurveyItems();

	/**
	 * Returns the value of the '<em><b>Competencies</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.catalog.CompetencyDef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Competencies</em>' containment reference list.
	 * @see org.peerplan.model.catalog.CatalogPackage#getCatalog_Competencies()
	 * @model containment="true"
	 * @generated
	 */
	EList<CompetencyDef> getCompetencies();

	/**
	 * Returns the value of the '<em><b>Policy Checklist</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.catalog.PolicyCheckItemDef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Policy Checklist</em>' containment reference list.
	 * @see org.peerplan.model.catalog.CatalogPackage#getCatalog_PolicyChecklist()
	 * @model containment="true"
	 * @generated
	 */
	EList<PolicyCheckItemDef> getPolicyChecklist();

	/**
	 * Returns the value of the '<em><b>Planning Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.catalog.PlanningItemDef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planning Items</em>' containment reference list.
	 * @see org.peerplan.model.catalog.CatalogPackage#getCatalog_PlanningItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlanningItemDef> getPlanningItems();

	/**
	 * Returns the value of the '<em><b>Risk Factors</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.catalog.RiskFactorDef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Risk Factors</em>' containment reference list.
	 * @see org.peerplan.model.catalog.CatalogPackage#getCatalog_RiskFactors()
	 * @model containment="true"
	 * @generated
	 */
	EList<RiskFactorDef> getRiskFactors();

	/**
	 * Returns the value of the '<em><b>Stage Templates</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.catalog.StageTemplate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage Templates</em>' containment reference list.
	 * @see org.peerplan.model.catalog.CatalogPackage#getCatalog_StageTemplates()
	 * @model containment="true"
	 * @generated
	 */
	EList<StageTemplate> getStageTemplates();

	/**
	 * Returns the value of the '<em><b>Speed Up Options</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.catalog.SpeedUpOptionDef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Speed Up Options</em>' containment reference list.
	 * @see org.peerplan.model.catalog.CatalogPackage#getCatalog_SpeedUpOptions()
	 * @model containment="true"
	 * @generated
	 */
	EList<SpeedUpOptionDef> getSpeedUpOptions();

	/**
	 * Returns the value of the '<em><b>Conflicting Duties</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.catalog.ConflictingDutyDef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conflicting Duties</em>' containment reference list.
	 * @see org.peerplan.model.catalog.CatalogPackage#getCatalog_ConflictingDuties()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConflictingDutyDef> getConflictingDuties();

	/**
	 * Returns the value of the '<em><b>Courses</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.catalog.CourseDef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Courses</em>' containment reference list.
	 * @see org.peerplan.model.catalog.CatalogPackage#getCatalog_Courses()
	 * @model containment="true"
	 * @generated
	 */
	EList<CourseDef> getCourses();

	/**
	 * Returns the value of the '<em><b>Evaluation Categories</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.catalog.EvaluationCategoryDef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evaluation Categories</em>' containment reference list.
	 * @see org.peerplan.model.catalog.CatalogPackage#getCatalog_EvaluationCategories()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvaluationCategoryDef> getEvaluationCategories();

	/**
	 * Returns the value of the '<em><b>Job Description Components</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.catalog.JobDescriptionComponentDef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Job Description Components</em>' containment reference list.
	 * @see org.peerplan.model.catalog.CatalogPackage#getCatalog_JobDescriptionComponents()
	 * @model containment="true"
	 * @generated
	 */
	EList<JobDescriptionComponentDef> getJobDescriptionComponents();

	/**
	 * Returns the value of the '<em><b>Lived Experience Requirements</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.catalog.LivedExperienceRequirementDef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lived Experience Requirements</em>' containment reference list.
	 * @see org.peerplan.model.catalog.CatalogPackage#getCatalog_LivedExperienceRequirements()
	 * @model containment="true"
	 * @generated
	 */
	EList<LivedExperienceRequirementDef> getLivedExperienceRequirements();

	/**
	 * Returns the value of the '<em><b>Checklists</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.catalog.ChecklistDef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Checklists</em>' containment reference list.
	 * @see org.peerplan.model.catalog.CatalogPackage#getCatalog_Checklists()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChecklistDef> getChecklists();

} // Catalog
