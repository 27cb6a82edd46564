/**
 */
package org.peerplan.model.catalog.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.peerplan.model.catalog.Catalog;
import org.peerplan.model.catalog.CatalogPackage;
import org.peerplan.model.catalog.ChecklistDef;
import org.peerplan.model.catalog.CompetencyDef;
import org.peerplan.model.catalog.ConflictingDutyDef;
import org.peerplan.model.catalog.CourseDef;
import org.peerplan.model.catalog.EvaluationCategoryDef;
import org.peerplan.model.catalog.JobDescriptionComponentDef;
import org.peerplan.model.catalog.LivedExperienceRequirementDef;
import org.peerplan.model.catalog.MotivationQuestionDef;
import org.peerplan.model.catalog.PlanningItemDef;
import org.peerplan.model.catalog.PolicyCheckItemDef;
import org.peerplan.model.catalog.QuizItemDef;
import org.peerplan.model.catalog.ReadinessBandDef;
import org.peerplan.model.catalog.RiskFactorDef;
import org.peerplan.model.catalog.SpeedUpOptionDef;
import org.peerplan.model.catalog.StageTemplate;
import org.peerplan.model.catalog.SurveyItemDef;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Catalog</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.catalog.impl.CatalogImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CatalogImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CatalogImpl#getQuizItems <em>Quiz Items</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CatalogImpl#getReadinessBands <em>Readiness Bands</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CatalogImpl#getMotivationQuestions <em>Motivation Questions</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CatalogImpl#getSurveyItems <em>Survey Items</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CatalogImpl#getCompetencies <em>Competencies</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CatalogImpl#getPolicyChecklist <em>Policy Checklist</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CatalogImpl#getPlanningItems <em>Planning Items</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CatalogImpl#getRiskFactors <em>Risk Factors</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CatalogImpl#getStageTemplates <em>Stage Templates</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CatalogImpl#getSpeedUpOptions <em>Speed Up Options</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CatalogImpl#getConflictingDuties <em>Conflicting Duties</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CatalogImpl#getCourses <em>Courses</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CatalogImpl#getEvaluationCategories <em>Evaluation Categories</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CatalogImpl#getJobDescriptionComponents <em>Job Description Components</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CatalogImpl#getLivedExperienceRequirements <em>Lived Experience Requirements</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CatalogImpl#getChecklists <em>Checklists</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CatalogImpl extends MinimalEObjectImpl.Container implements Catalog {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getQuizItems() <em>Quiz Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuizItems()
	 * @generated
	 * @ordered
	 */
	protected EList<QuizItemDef> quizItems;

	/**
	 * The cached value of the '{@link #getReadinessBands() <em>Readiness Bands</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadinessBands()
	 * @generated
	 * @ordered
	 */
	protected EList<ReadinessBandDef> readinessBands;

	/**
	 * The cached value of the '{@link #getMotivationQuestions() <em>Motivation Questions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMotivationQuestions()
	 * @generated
	 * @ordered
	 */
	protected EList<MotivationQuestionDef> motivationQuestions;

	/**
	 * The cached value of the '{@link #getSurveyItems() <em>Survey Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurveyItems()
	 * @generated
	 * @ordered
	 */
	protected EList<SurveyItemDef> surveyItems;

	/**
	 * The cached value of the '{@link #getCompetencies() <em>Competencies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompetencies()
	 * @generated
	 * @ordered
	 */
	protected EList<CompetencyDef> competencies;

	/**
	 * The cached value of the '{@link #getPolicyChecklist() <em>Policy Checklist</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicyChecklist()
	 * @generated
	 * @ordered
	 */
	protected EList<PolicyCheckItemDef> policyChecklist;

	/**
	 * The cached value of the '{@link #getPlanningItems() <em>Planning Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanningItems()
	 * @generated
	 * @ordered
	 */
	protected EList<PlanningItemDef> planningItems;

	/**
	 * The cached value of the '{@link #getRiskFactors() <em>Risk Factors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRiskFactors()
	 * @generated
	 * @ordered
	 */
	protected EList<RiskFactorDef> riskFactors;

	/**
	 * The cached value of the '{@link #getStageTemplates() <em>Stage Templates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStageTemplates()
	 * @generated
	 * @ordered
	 */
	protected EList<StageTemplate> stageTemplates;

	/**
	 * The cached value of the '{@link #getSpeedUpOptions() <em>Speed Up Options</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpeedUpOptions()
	 * @generated
	 * @ordered
	 */
	protected EList<SpeedUpOptionDef> speedUpOptions;

	/**
	 * The cached value of the '{@link #getConflictingDuties() <em>Conflicting Duties</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConflictingDuties()
	 * @generated
	 * @ordered
	 */
	protected EList<ConflictingDutyDef> conflictingDuties;

	/**
	 * The cached value of the '{@link #getCourses() <em>Courses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCourses()
	 * @generated
	 * @ordered
	 */
	protected EList<CourseDef> courses;

	/**
	 * The cached value of the '{@link #getEvaluationCategories() <em>Evaluation Categories</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluationCategories()
	 * @generated
	 * @ordered
	 */
	protected EList<EvaluationCategoryDef> evaluationCategories;

	/**
	 * The cached value of the '{@link #getJobDescriptionComponents() <em>Job Description Components</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJobDescriptionComponents()
	 * @generated
	 * @ordered
	 */
	protected EList<JobDescriptionComponentDef> jobDescriptionComponents;

	/**
	 * The cached value of the '{@link #getLivedExperienceRequirements() <em>Lived Experience Requirements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLivedExperienceRequirements()
	 * @generated
	 * @ordered
	 */
	protected EList<LivedExperienceRequirementDef> livedExperienceRequirements;

	/**
	 * The cached value of the '{@link #getChecklists() <em>Checklists</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecklists()
	 * @generated
	 * @ordered
	 */
	protected EList<ChecklistDef> checklists;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CatalogImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.CATALOG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CATALOG__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CATALOG__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<QuizItemDef> getQuizItems() {
		if (quizItems == null) {
			quizItems = new EObjectContainmentEList<QuizItemDef>(QuizItemDef.class, this, CatalogPackage.CATALOG__QUIZ_ITEMS);
		}
		return quizItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReadinessBandDef> getReadinessBands() {
		if (readinessBands == null) {
			readinessBands = new EObjectContainmentEList<ReadinessBandDef>(ReadinessBandDef.class, this, CatalogPackage.CATALOG__READINESS_BANDS);
		}
		return readinessBands;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MotivationQuestionDef> getMotivationQuestions() {
		if (motivationQuestions == null) {
			motivationQuestions = new EObjectContainmentEList<MotivationQuestionDef>(MotivationQuestionDef.class, this, CatalogPackage.CATALOG__MOTIVATION_QUESTIONS);
		}
		return motivationQuestions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SurveyItemDef> getSurveyItems() {
		if (surveyItems == null) {
			surveyItems = new EObjectContainmentEList<SurveyItemDef>(SurveyItemDef.class, this, CatalogPackage.CATALOG__SURVEY_ITEMS);
		}
		return surveyItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CompetencyDef> getCompetencies() {
		if (competencies == null) {
			competencies = new EObjectContainmentEList<CompetencyDef>(CompetencyDef.class, this, CatalogPackage.CATALOG__COMPETENCIES);
		}
		return competencies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PolicyCheckItemDef> getPolicyChecklist() {
		if (policyChecklist == null) {
			policyChecklist = new EObjectContainmentEList<PolicyCheckItemDef>(PolicyCheckItemDef.class, this, CatalogPackage.CATALOG__POLICY_CHECKLIST);
		}
		return policyChecklist;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlanningItemDef> getPlanningItems() {
		if (planningItems == null) {
			planningItems = new EObjectContainmentEList<PlanningItemDef>(PlanningItemDef.class, this, CatalogPackage.CATALOG__PLANNING_ITEMS);
		}
		return planningItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RiskFactorDef> getRiskFactors() {
		if (riskFactors == null) {
			riskFactors = new EObjectContainmentEList<RiskFactorDef>(RiskFactorDef.class, this, CatalogPackage.CATALOG__RISK_FACTORS);
		}
		return riskFactors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StageTemplate> getStageTemplates() {
		if (stageTemplates == null) {
			stageTemplates = new EObjectContainmentEList<StageTemplate>(StageTemplate.class, this, CatalogPackage.CATALOG__STAGE_TEMPLATES);
		}
		return stageTemplates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SpeedUpOptionDef> getSpeedUpOptions() {
		if (speedUpOptions == null) {
			speedUpOptions = new EObjectContainmentEList<SpeedUpOptionDef>(SpeedUpOptionDef.class, this, CatalogPackage.CATALOG__SPEED_UP_OPTIONS);
		}
		return speedUpOptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConflictingDutyDef> getConflictingDuties() {
		if (conflictingDuties == null) {
			conflictingDuties = new EObjectContainmentEList<ConflictingDutyDef>(ConflictingDutyDef.class, this, CatalogPackage.CATALOG__CONFLICTING_DUTIES);
		}
		return conflictingDuties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CourseDef> getCourses() {
		if (courses == null) {
			courses = new EObjectContainmentEList<CourseDef>(CourseDef.class, this, CatalogPackage.CATALOG__COURSES);
		}
		return courses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvaluationCategoryDef> getEvaluationCategories() {
		if (evaluationCategories == null) {
			evaluationCategories = new EObjectContainmentEList<EvaluationCategoryDef>(EvaluationCategoryDef.class, this, CatalogPackage.CATALOG__EVALUATION_CATEGORIES);
		}
		return evaluationCategories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<JobDescriptionComponentDef> getJobDescriptionComponents() {
		if (jobDescriptionComponents == null) {
			jobDescriptionComponents = new EObjectContainmentEList<JobDescriptionComponentDef>(JobDescriptionComponentDef.class, this, CatalogPackage.CATALOG__JOB_DESCRIPTION_COMPONENTS);
		}
		return jobDescriptionComponents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LivedExperienceRequirementDef> getLivedExperienceRequirements() {
		if (livedExperienceRequirements == null) {
			livedExperienceRequirements = new EObjectContainmentEList<LivedExperienceRequirementDef>(LivedExperienceRequirementDef.class, this, CatalogPackage.CATALOG__LIVED_EXPERIENCE_REQUIREMENTS);
		}
		return livedExperienceRequirements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChecklistDef> getChecklists() {
		if (checklists == null) {
			checklists = new EObjectContainmentEList<ChecklistDef>(ChecklistDef.class, this, CatalogPackage.CATALOG__CHECKLISTS);
		}
		return checklists;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.CATALOG__QUIZ_ITEMS:
				return ((InternalEList<?>)getQuizItems()).basicRemove(otherEnd, msgs);
			case CatalogPackage.CATALOG__READINESS_BANDS:
				return ((InternalEList<?>)getReadinessBands()).basicRemove(otherEnd, msgs);
			case CatalogPackage.CATALOG__MOTIVATION_QUESTIONS:
				return ((InternalEList<?>)getMotivationQuestions()).basicRemove(otherEnd, msgs);
			case CatalogPackage.CATALOG__SURVEY_ITEMS:
				return ((InternalEList<?>)getSurveyItems()).basicRemove(otherEnd, msgs);
			case CatalogPackage.CATALOG__COMPETENCIES:
				return ((InternalEList<?>)getCompetencies()).basicRemove(otherEnd, msgs);
			case CatalogPackage.CATALOG__POLICY_CHECKLIST:
				return ((InternalEList<?>)getPolicyChecklist()).basicRemove(otherEnd, msgs);
			case CatalogPackage.CATALOG__PLANNING_ITEMS:
				return ((InternalEList<?>)getPlanningItems()).basicRemove(otherEnd, msgs);
			case CatalogPackage.CATALOG__RISK_FACTORS:
				return ((InternalEList<?>)getRiskFactors()).basicRemove(otherEnd, msgs);
			case CatalogPackage.CATALOG__STAGE_TEMPLATES:
				return ((InternalEList<?>)getStageTemplates()).basicRemove(otherEnd, msgs);
			case CatalogPackage.CATALOG__SPEED_UP_OPTIONS:
				return ((InternalEList<?>)getSpeedUpOptions()).basicRemove(otherEnd, msgs);
			case CatalogPackage.CATALOG__CONFLICTING_DUTIES:
				return ((InternalEList<?>)getConflictingDuties()).basicRemove(otherEnd, msgs);
			case CatalogPackage.CATALOG__COURSES:
				return ((InternalEList<?>)getCourses()).basicRemove(otherEnd, msgs);
			case CatalogPackage.CATALOG__EVALUATION_CATEGORIES:
				return ((InternalEList<?>)getEvaluationCategories()).basicRemove(otherEnd, msgs);
			case CatalogPackage.CATALOG__JOB_DESCRIPTION_COMPONENTS:
				return ((InternalEList<?>)getJobDescriptionComponents()).basicRemove(otherEnd, msgs);
			case CatalogPackage.CATALOG__LIVED_EXPERIENCE_REQUIREMENTS:
				return ((InternalEList<?>)getLivedExperienceRequirements()).basicRemove(otherEnd, msgs);
			case CatalogPackage.CATALOG__CHECKLISTS:
				return ((InternalEList<?>)getChecklists()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CatalogPackage.CATALOG__NAME:
				return getName();
			case CatalogPackage.CATALOG__VERSION:
				return getVersion();
			case CatalogPackage.CATALOG__QUIZ_ITEMS:
				return getQuizItems();
			case CatalogPackage.CATALOG__READINESS_BANDS:
				return getReadinessBands();
			case CatalogPackage.CATALOG__MOTIVATION_QUESTIONS:
				return getMotivationQuestions();
			case CatalogPackage.CATALOG__SURVEY_ITEMS:
				return getSurveyItems();
			case CatalogPackage.CATALOG__COMPETENCIES:
				return getCompetencies();
			case CatalogPackage.CATALOG__POLICY_CHECKLIST:
				return getPolicyChecklist();
			case CatalogPackage.CATALOG__PLANNING_ITEMS:
				return getPlanningItems();
			case CatalogPackage.CATALOG__RISK_FACTORS:
				return getRiskFactors();
			case CatalogPackage.CATALOG__STAGE_TEMPLATES:
				return getStageTemplates();
			case CatalogPackage.CATALOG__SPEED_UP_OPTIONS:
				return getSpeedUpOptions();
			case CatalogPackage.CATALOG__CONFLICTING_DUTIES:
				return getConflictingDuties();
			case CatalogPackage.CATALOG__COURSES:
				return getCourses();
			case CatalogPackage.CATALOG__EVALUATION_CATEGORIES:
				return getEvaluationCategories();
			case CatalogPackage.CATALOG__JOB_DESCRIPTION_COMPONENTS:
				return getJobDescriptionComponents();
			case CatalogPackage.CATALOG__LIVED_EXPERIENCE_REQUIREMENTS:
				return getLivedExperienceRequirements();
			case CatalogPackage.CATALOG__CHECKLISTS:
				return getChecklists();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CatalogPackage.CATALOG__NAME:
				setName((String)newValue);
				return;
			case CatalogPackage.CATALOG__VERSION:
				setVersion((String)newValue);
				return;
			case CatalogPackage.CATALOG__QUIZ_ITEMS:
				getQuizItems().clear();
				getQuizItems().addAll((Collection<? extends QuizItemDef>)newValue);
				return;
			case CatalogPackage.CATALOG__READINESS_BANDS:
				getReadinessBands().clear();
				getReadinessBands().addAll((Collection<? extends ReadinessBandDef>)newValue);
				return;
			case CatalogPackage.CATALOG__MOTIVATION_QUESTIONS:
				getMotivationQuestions().clear();
				getMotivationQuestions().addAll((Collection<? extends MotivationQuestionDef>)newValue);
				return;
			case CatalogPackage.CATALOG__SURVEY_ITEMS:
				getSurveyItems().clear();
				getSurveyItems().addAll((Collection<? extends SurveyItemDef>)newValue);
				return;
			case CatalogPackage.CATALOG__COMPETENCIES:
				getCompetencies().clear();
				getCompetencies().addAll((Collection<? extends CompetencyDef>)newValue);
				return;
			case CatalogPackage.CATALOG__POLICY_CHECKLIST:
				getPolicyChecklist().clear();
				getPolicyChecklist().addAll((Collection<? extends PolicyCheckItemDef>)newValue);
				return;
			case CatalogPackage.CATALOG__PLANNING_ITEMS:
				getPlanningItems().clear();
				getPlanningItems().addAll((Collection<? extends PlanningItemDef>)newValue);
				return;
			case CatalogPackage.CATALOG__RISK_FACTORS:
				getRiskFactors().clear();
				getRiskFactors().addAll((Collection<? extends RiskFactorDef>)newValue);
				return;
			case CatalogPackage.CATALOG__STAGE_TEMPLATES:
				getStageTemplates().clear();
				getStageTemplates().addAll((Collection<? extends StageTemplate>)newValue);
				return;
			case CatalogPackage.CATALOG__SPEED_UP_OPTIONS:
				getSpeedUpOptions().clear();
				getSpeedUpOptions().addAll((Collection<? extends SpeedUpOptionDef>)newValue);
				return;
			case CatalogPackage.CATALOG__CONFLICTING_DUTIES:
				getConflictingDuties().clear();
				getConflictingDuties().addAll((Collection<? extends ConflictingDutyDef>)newValue);
				return;
			case CatalogPackage.CATALOG__COURSES:
				getCourses().clear();
				getCourses().addAll((Collection<? extends CourseDef>)newValue);
				return;
			case CatalogPackage.CATALOG__EVALUATION_CATEGORIES:
				getEvaluationCategories().clear();
				getEvaluationCategories().addAll((Collection<? extends EvaluationCategoryDef>)newValue);
				return;
			case CatalogPackage.CATALOG__JOB_DESCRIPTION_COMPONENTS:
				getJobDescriptionComponents().clear();
				getJobDescriptionComponents().addAll((Collection<? extends JobDescriptionComponentDef>)newValue);
				return;
			case CatalogPackage.CATALOG__LIVED_EXPERIENCE_REQUIREMENTS:
				getLivedExperienceRequirements().clear();
				getLivedExperienceRequirements().addAll((Collection<? extends LivedExperienceRequirementDef>)newValue);
				return;
			case CatalogPackage.CATALOG__CHECKLISTS:
				getChecklists().clear();
				getChecklists().addAll((Collection<? extends ChecklistDef>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CatalogPackage.CATALOG__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CatalogPackage.CATALOG__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case CatalogPackage.CATALOG__QUIZ_ITEMS:
				getQuizItems().clear();
				return;
			case CatalogPackage.CATALOG__READINESS_BANDS:
				getReadinessBands().clear();
				return;
			case CatalogPackage.CATALOG__MOTIVATION_QUESTIONS:
				getMotivationQuestions().clear();
				return;
			case CatalogPackage.CATALOG__SURVEY_ITEMS:
				getSurveyItems().clear();
				return;
			case CatalogPackage.CATALOG__COMPETENCIES:
				getCompetencies().clear();
				return;
			case CatalogPackage.CATALOG__POLICY_CHECKLIST:
				getPolicyChecklist().clear();
				return;
			case CatalogPackage.CATALOG__PLANNING_ITEMS:
				getPlanningItems().clear();
				return;
			case CatalogPackage.CATALOG__RISK_FACTORS:
				getRiskFactors().clear();
				return;
			case CatalogPackage.CATALOG__STAGE_TEMPLATES:
				getStageTemplates().clear();
				return;
			case CatalogPackage.CATALOG__SPEED_UP_OPTIONS:
				getSpeedUpOptions().clear();
				return;
			case CatalogPackage.CATALOG__CONFLICTING_DUTIES:
				getConflictingDuties().clear();
				return;
			case CatalogPackage.CATALOG__COURSES:
				getCourses().clear();
				return;
			case CatalogPackage.CATALOG__EVALUATION_CATEGORIES:
				getEvaluationCategories().clear();
				return;
			case CatalogPackage.CATALOG__JOB_DESCRIPTION_COMPONENTS:
				getJobDescriptionComponents().clear();
				return;
			case CatalogPackage.CATALOG__LIVED_EXPERIENCE_REQUIREMENTS:
				getLivedExperienceRequirements().clear();
				return;
			case CatalogPackage.CATALOG__CHECKLISTS:
				getChecklists().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CatalogPackage.CATALOG__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CatalogPackage.CATALOG__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case CatalogPackage.CATALOG__QUIZ_ITEMS:
				return quizItems != null && !quizItems.isEmpty();
			case CatalogPackage.CATALOG__READINESS_BANDS:
				return readinessBands != null && !readinessBands.isEmpty();
			case CatalogPackage.CATALOG__MOTIVATION_QUESTIONS:
				return motivationQuestions != null && !motivationQuestions.isEmpty();
			case CatalogPackage.CATALOG__SURVEY_ITEMS:
				return surveyItems != null && !surveyItems.isEmpty();
			case CatalogPackage.CATALOG__COMPETENCIES:
				return competencies != null && !competencies.isEmpty();
			case CatalogPackage.CATALOG__POLICY_CHECKLIST:
				return policyChecklist != null && !policyChecklist.isEmpty();
			case CatalogPackage.CATALOG__PLANNING_ITEMS:
				return planningItems != null && !planningItems.isEmpty();
			case CatalogPackage.CATALOG__RISK_FACTORS:
				return riskFactors != null && !riskFactors.isEmpty();
			case CatalogPackage.CATALOG__STAGE_TEMPLATES:
				return stageTemplates != null && !stageTemplates.isEmpty();
			case CatalogPackage.CATALOG__SPEED_UP_OPTIONS:
				return speedUpOptions != null && !speedUpOptions.isEmpty();
			case CatalogPackage.CATALOG__CONFLICTING_DUTIES:
				return conflictingDuties != null && !conflictingDuties.isEmpty();
			case CatalogPackage.CATALOG__COURSES:
				return courses != null && !courses.isEmpty();
			case CatalogPackage.CATALOG__EVALUATION_CATEGORIES:
				return evaluationCategories != null && !evaluationCategories.isEmpty();
			case CatalogPackage.CATALOG__JOB_DESCRIPTION_COMPONENTS:
				return jobDescriptionComponents != null && !jobDescriptionComponents.isEmpty();
			case CatalogPackage.CATALOG__LIVED_EXPERIENCE_REQUIREMENTS:
				return livedExperienceRequirements != null && !livedExperienceRequirements.isEmpty();
			case CatalogPackage.CATALOG__CHECKLISTS:
				return checklists != null && !checklists.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", version: ");
		result.append(version);
		result.append(')');
		return result.toString();
	}

} //CatalogImpl
