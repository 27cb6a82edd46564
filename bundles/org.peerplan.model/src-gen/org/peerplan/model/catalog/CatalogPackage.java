/**
 */
package org.peerplan.model.catalog;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The toolkit catalog: the instruments, checklists, stage templates and training menu of the source toolkits, each item with its citation.
 * <!-- end-model-doc -->
 * @see org.peerplan.model.catalog.CatalogFactory
 * @model kind="package"
 * @generated
 */
public interface CatalogPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "catalog";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.peerplan.org/catalog/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "catalog";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CatalogPackage eINSTANCE = org.peerplan.model.catalog.impl.CatalogPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.impl.CitationImpl <em>Citation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.impl.CitationImpl
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getCitation()
	 * @generated
	 */
	int CITATION = 0;

	/**
	 * The feature id for the '<em><b>Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__DOCUMENT = 0;

	/**
	 * The feature id for the '<em><b>Section</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__SECTION = 1;

	/**
	 * The feature id for the '<em><b>Inferred</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__INFERRED = 2;

	/**
	 * The number of structural features of the '<em>Citation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Citation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.impl.CatalogItemImpl <em>Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.impl.CatalogItemImpl
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getCatalogItem()
	 * @generated
	 */
	int CATALOG_ITEM = 1;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_ITEM__CODE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_ITEM__NAME = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_ITEM__TEXT = 2;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_ITEM__CITATION = 3;

	/**
	 * The number of structural features of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_ITEM_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.impl.CatalogImpl <em>Catalog</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.impl.CatalogImpl
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getCatalog()
	 * @generated
	 */
	int CATALOG = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__NAME = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__VERSION = 1;

	/**
	 * The feature id for the '<em><b>Quiz Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__QUIZ_ITEMS = 2;

	/**
	 * The feature id for the '<em><b>Readiness Bands</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__READINESS_BANDS = 3;

	/**
	 * The feature id for the '<em><b>Motivation Questions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__MOTIVATION_QUESTIONS = 4;

	/**
	 * The feature id for the '<em><b>Survey Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__SURVEY_ITEMS = 5;

	/**
	 * The feature id for the '<em><b>Competencies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__COMPETENCIES = 6;

	/**
	 * The feature id for the '<em><b>Policy Checklist</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__POLICY_CHECKLIST = 7;

	/**
	 * The feature id for the '<em><b>Planning Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__PLANNING_ITEMS = 8;

	/**
	 * The feature id for the '<em><b>Risk Factors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__RISK_FACTORS = 9;

	/**
	 * The feature id for the '<em><b>Stage Templates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__STAGE_TEMPLATES = 10;

	/**
	 * The feature id for the '<em><b>Speed Up Options</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__SPEED_UP_OPTIONS = 11;

	/**
	 * The feature id for the '<em><b>Conflicting Duties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__CONFLICTING_DUTIES = 12;

	/**
	 * The feature id for the '<em><b>Courses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__COURSES = 13;

	/**
	 * The feature id for the '<em><b>Evaluation Categories</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__EVALUATION_CATEGORIES = 14;

	/**
	 * The feature id for the '<em><b>Job Description Components</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__JOB_DESCRIPTION_COMPONENTS = 15;

	/**
	 * The feature id for the '<em><b>Lived Experience Requirements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__LIVED_EXPERIENCE_REQUIREMENTS = 16;

	/**
	 * The feature id for the '<em><b>Checklists</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG__CHECKLISTS = 17;

	/**
	 * The number of structural features of the '<em>Catalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_FEATURE_COUNT = 18;

	/**
	 * The number of operations of the '<em>Catalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.impl.QuizItemDefImpl <em>Quiz Item Def</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.impl.QuizItemDefImpl
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getQuizItemDef()
	 * @generated
	 */
	int QUIZ_ITEM_DEF = 3;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUIZ_ITEM_DEF__CODE = CATALOG_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUIZ_ITEM_DEF__NAME = CATALOG_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUIZ_ITEM_DEF__TEXT = CATALOG_ITEM__TEXT;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUIZ_ITEM_DEF__CITATION = CATALOG_ITEM__CITATION;

	/**
	 * The feature id for the '<em><b>Theme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUIZ_ITEM_DEF__THEME = CATALOG_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Quiz Item Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUIZ_ITEM_DEF_FEATURE_COUNT = CATALOG_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Quiz Item Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUIZ_ITEM_DEF_OPERATION_COUNT = CATALOG_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.impl.ReadinessBandDefImpl <em>Readiness Band Def</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.impl.ReadinessBandDefImpl
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getReadinessBandDef()
	 * @generated
	 */
	int READINESS_BAND_DEF = 4;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READINESS_BAND_DEF__CODE = CATALOG_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READINESS_BAND_DEF__NAME = CATALOG_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READINESS_BAND_DEF__TEXT = CATALOG_ITEM__TEXT;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READINESS_BAND_DEF__CITATION = CATALOG_ITEM__CITATION;

	/**
	 * The feature id for the '<em><b>Band</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READINESS_BAND_DEF__BAND = CATALOG_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Min True</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READINESS_BAND_DEF__MIN_TRUE = CATALOG_ITEM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Max True</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READINESS_BAND_DEF__MAX_TRUE = CATALOG_ITEM_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Minimum Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READINESS_BAND_DEF__MINIMUM_MONTHS = CATALOG_ITEM_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Minimum Stated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READINESS_BAND_DEF__MINIMUM_STATED = CATALOG_ITEM_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Recommendation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READINESS_BAND_DEF__RECOMMENDATION = CATALOG_ITEM_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Readiness Band Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READINESS_BAND_DEF_FEATURE_COUNT = CATALOG_ITEM_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Readiness Band Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READINESS_BAND_DEF_OPERATION_COUNT = CATALOG_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.impl.MotivationQuestionDefImpl <em>Motivation Question Def</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.impl.MotivationQuestionDefImpl
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getMotivationQuestionDef()
	 * @generated
	 */
	int MOTIVATION_QUESTION_DEF = 5;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOTIVATION_QUESTION_DEF__CODE = CATALOG_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOTIVATION_QUESTION_DEF__NAME = CATALOG_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOTIVATION_QUESTION_DEF__TEXT = CATALOG_ITEM__TEXT;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOTIVATION_QUESTION_DEF__CITATION = CATALOG_ITEM__CITATION;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOTIVATION_QUESTION_DEF__GROUP = CATALOG_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Motivation Question Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOTIVATION_QUESTION_DEF_FEATURE_COUNT = CATALOG_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Motivation Question Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOTIVATION_QUESTION_DEF_OPERATION_COUNT = CATALOG_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.impl.SurveyItemDefImpl <em>Survey Item Def</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.impl.SurveyItemDefImpl
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getSurveyItemDef()
	 * @generated
	 */
	int SURVEY_ITEM_DEF = 6;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_ITEM_DEF__CODE = CATALOG_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_ITEM_DEF__NAME = CATALOG_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_ITEM_DEF__TEXT = CATALOG_ITEM__TEXT;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_ITEM_DEF__CITATION = CATALOG_ITEM__CITATION;

	/**
	 * The number of structural features of the '<em>Survey Item Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_ITEM_DEF_FEATURE_COUNT = CATALOG_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Survey Item Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_ITEM_DEF_OPERATION_COUNT = CATALOG_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.impl.CompetencyDefImpl <em>Competency Def</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.impl.CompetencyDefImpl
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getCompetencyDef()
	 * @generated
	 */
	int COMPETENCY_DEF = 7;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETENCY_DEF__CODE = CATALOG_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETENCY_DEF__NAME = CATALOG_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETENCY_DEF__TEXT = CATALOG_ITEM__TEXT;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETENCY_DEF__CITATION = CATALOG_ITEM__CITATION;

	/**
	 * The feature id for the '<em><b>Chapter Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETENCY_DEF__CHAPTER_TITLE = CATALOG_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Questions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETENCY_DEF__QUESTIONS = CATALOG_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Competency Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETENCY_DEF_FEATURE_COUNT = CATALOG_ITEM_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Competency Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETENCY_DEF_OPERATION_COUNT = CATALOG_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.impl.AssessmentQuestionDefImpl <em>Assessment Question Def</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.impl.AssessmentQuestionDefImpl
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getAssessmentQuestionDef()
	 * @generated
	 */
	int ASSESSMENT_QUESTION_DEF = 8;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_QUESTION_DEF__CODE = CATALOG_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_QUESTION_DEF__NAME = CATALOG_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_QUESTION_DEF__TEXT = CATALOG_ITEM__TEXT;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_QUESTION_DEF__CITATION = CATALOG_ITEM__CITATION;

	/**
	 * The number of structural features of the '<em>Assessment Question Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_QUESTION_DEF_FEATURE_COUNT = CATALOG_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Assessment Question Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_QUESTION_DEF_OPERATION_COUNT = CATALOG_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.impl.PolicyCheckItemDefImpl <em>Policy Check Item Def</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.impl.PolicyCheckItemDefImpl
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getPolicyCheckItemDef()
	 * @generated
	 */
	int POLICY_CHECK_ITEM_DEF = 9;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_CHECK_ITEM_DEF__CODE = CATALOG_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_CHECK_ITEM_DEF__NAME = CATALOG_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_CHECK_ITEM_DEF__TEXT = CATALOG_ITEM__TEXT;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_CHECK_ITEM_DEF__CITATION = CATALOG_ITEM__CITATION;

	/**
	 * The feature id for the '<em><b>Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_CHECK_ITEM_DEF__AREA = CATALOG_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hr Readiness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_CHECK_ITEM_DEF__HR_READINESS = CATALOG_ITEM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Recovery Orientation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_CHECK_ITEM_DEF__RECOVERY_ORIENTATION = CATALOG_ITEM_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Policy Check Item Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_CHECK_ITEM_DEF_FEATURE_COUNT = CATALOG_ITEM_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Policy Check Item Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_CHECK_ITEM_DEF_OPERATION_COUNT = CATALOG_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.impl.PlanningItemDefImpl <em>Planning Item Def</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.impl.PlanningItemDefImpl
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getPlanningItemDef()
	 * @generated
	 */
	int PLANNING_ITEM_DEF = 10;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ITEM_DEF__CODE = CATALOG_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ITEM_DEF__NAME = CATALOG_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ITEM_DEF__TEXT = CATALOG_ITEM__TEXT;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ITEM_DEF__CITATION = CATALOG_ITEM__CITATION;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ITEM_DEF__DOMAIN = CATALOG_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Planning Item Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ITEM_DEF_FEATURE_COUNT = CATALOG_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Planning Item Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ITEM_DEF_OPERATION_COUNT = CATALOG_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.impl.RiskFactorDefImpl <em>Risk Factor Def</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.impl.RiskFactorDefImpl
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getRiskFactorDef()
	 * @generated
	 */
	int RISK_FACTOR_DEF = 11;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_FACTOR_DEF__CODE = CATALOG_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_FACTOR_DEF__NAME = CATALOG_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_FACTOR_DEF__TEXT = CATALOG_ITEM__TEXT;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_FACTOR_DEF__CITATION = CATALOG_ITEM__CITATION;

	/**
	 * The number of structural features of the '<em>Risk Factor Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_FACTOR_DEF_FEATURE_COUNT = CATALOG_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Risk Factor Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_FACTOR_DEF_OPERATION_COUNT = CATALOG_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.impl.StageTemplateImpl <em>Stage Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.impl.StageTemplateImpl
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getStageTemplate()
	 * @generated
	 */
	int STAGE_TEMPLATE = 12;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_TEMPLATE__CODE = CATALOG_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_TEMPLATE__NAME = CATALOG_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_TEMPLATE__TEXT = CATALOG_ITEM__TEXT;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_TEMPLATE__CITATION = CATALOG_ITEM__CITATION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_TEMPLATE__KIND = CATALOG_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sequence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_TEMPLATE__SEQUENCE = CATALOG_ITEM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_TEMPLATE__TASKS = CATALOG_ITEM_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Stage Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_TEMPLATE_FEATURE_COUNT = CATALOG_ITEM_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Stage Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_TEMPLATE_OPERATION_COUNT = CATALOG_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.impl.TaskTemplateImpl <em>Task Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.impl.TaskTemplateImpl
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getTaskTemplate()
	 * @generated
	 */
	int TASK_TEMPLATE = 13;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_TEMPLATE__CODE = CATALOG_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_TEMPLATE__NAME = CATALOG_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_TEMPLATE__TEXT = CATALOG_ITEM__TEXT;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_TEMPLATE__CITATION = CATALOG_ITEM__CITATION;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_TEMPLATE__PHASE = CATALOG_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Typical Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_TEMPLATE__TYPICAL_DAYS = CATALOG_ITEM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Milestone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_TEMPLATE__MILESTONE = CATALOG_ITEM_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Deliverable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_TEMPLATE__DELIVERABLE = CATALOG_ITEM_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Optional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_TEMPLATE__OPTIONAL = CATALOG_ITEM_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Depends On</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_TEMPLATE__DEPENDS_ON = CATALOG_ITEM_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Covers</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_TEMPLATE__COVERS = CATALOG_ITEM_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Task Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_TEMPLATE_FEATURE_COUNT = CATALOG_ITEM_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Task Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_TEMPLATE_OPERATION_COUNT = CATALOG_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.impl.SpeedUpOptionDefImpl <em>Speed Up Option Def</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.impl.SpeedUpOptionDefImpl
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getSpeedUpOptionDef()
	 * @generated
	 */
	int SPEED_UP_OPTION_DEF = 14;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEED_UP_OPTION_DEF__CODE = CATALOG_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEED_UP_OPTION_DEF__NAME = CATALOG_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEED_UP_OPTION_DEF__TEXT = CATALOG_ITEM__TEXT;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEED_UP_OPTION_DEF__CITATION = CATALOG_ITEM__CITATION;

	/**
	 * The feature id for the '<em><b>Option</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEED_UP_OPTION_DEF__OPTION = CATALOG_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Speed Up Option Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEED_UP_OPTION_DEF_FEATURE_COUNT = CATALOG_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Speed Up Option Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEED_UP_OPTION_DEF_OPERATION_COUNT = CATALOG_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.impl.ConflictingDutyDefImpl <em>Conflicting Duty Def</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.impl.ConflictingDutyDefImpl
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getConflictingDutyDef()
	 * @generated
	 */
	int CONFLICTING_DUTY_DEF = 15;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICTING_DUTY_DEF__CODE = CATALOG_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICTING_DUTY_DEF__NAME = CATALOG_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICTING_DUTY_DEF__TEXT = CATALOG_ITEM__TEXT;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICTING_DUTY_DEF__CITATION = CATALOG_ITEM__CITATION;

	/**
	 * The feature id for the '<em><b>Categories</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICTING_DUTY_DEF__CATEGORIES = CATALOG_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Keywords</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICTING_DUTY_DEF__KEYWORDS = CATALOG_ITEM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Consistent Alternative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICTING_DUTY_DEF__CONSISTENT_ALTERNATIVE = CATALOG_ITEM_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Conflicting Duty Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICTING_DUTY_DEF_FEATURE_COUNT = CATALOG_ITEM_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Conflicting Duty Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLICTING_DUTY_DEF_OPERATION_COUNT = CATALOG_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.impl.CourseDefImpl <em>Course Def</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.impl.CourseDefImpl
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getCourseDef()
	 * @generated
	 */
	int COURSE_DEF = 16;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_DEF__CODE = CATALOG_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_DEF__NAME = CATALOG_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_DEF__TEXT = CATALOG_ITEM__TEXT;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_DEF__CITATION = CATALOG_ITEM__CITATION;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_DEF__GROUP = CATALOG_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_DEF__HOURS = CATALOG_ITEM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_DEF__DAYS = CATALOG_ITEM_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Min Attendance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_DEF__MIN_ATTENDANCE = CATALOG_ITEM_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Max Attendance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_DEF__MAX_ATTENDANCE = CATALOG_ITEM_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Audience</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_DEF__AUDIENCE = CATALOG_ITEM_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Audience Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_DEF__AUDIENCE_NOTE = CATALOG_ITEM_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>List Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_DEF__LIST_VALUE = CATALOG_ITEM_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Managers And Staff Separate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_DEF__MANAGERS_AND_STAFF_SEPARATE = CATALOG_ITEM_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Self Care</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_DEF__SELF_CARE = CATALOG_ITEM_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Prerequisite</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_DEF__PREREQUISITE = CATALOG_ITEM_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Course Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_DEF_FEATURE_COUNT = CATALOG_ITEM_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Course Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_DEF_OPERATION_COUNT = CATALOG_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.impl.EvaluationCategoryDefImpl <em>Evaluation Category Def</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.impl.EvaluationCategoryDefImpl
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getEvaluationCategoryDef()
	 * @generated
	 */
	int EVALUATION_CATEGORY_DEF = 17;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_CATEGORY_DEF__CODE = CATALOG_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_CATEGORY_DEF__NAME = CATALOG_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_CATEGORY_DEF__TEXT = CATALOG_ITEM__TEXT;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_CATEGORY_DEF__CITATION = CATALOG_ITEM__CITATION;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_CATEGORY_DEF__ITEMS = CATALOG_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Evaluation Category Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_CATEGORY_DEF_FEATURE_COUNT = CATALOG_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Evaluation Category Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_CATEGORY_DEF_OPERATION_COUNT = CATALOG_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.impl.EvaluationItemDefImpl <em>Evaluation Item Def</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.impl.EvaluationItemDefImpl
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getEvaluationItemDef()
	 * @generated
	 */
	int EVALUATION_ITEM_DEF = 18;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_ITEM_DEF__CODE = CATALOG_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_ITEM_DEF__NAME = CATALOG_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_ITEM_DEF__TEXT = CATALOG_ITEM__TEXT;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_ITEM_DEF__CITATION = CATALOG_ITEM__CITATION;

	/**
	 * The number of structural features of the '<em>Evaluation Item Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_ITEM_DEF_FEATURE_COUNT = CATALOG_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Evaluation Item Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_ITEM_DEF_OPERATION_COUNT = CATALOG_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.impl.JobDescriptionComponentDefImpl <em>Job Description Component Def</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.impl.JobDescriptionComponentDefImpl
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getJobDescriptionComponentDef()
	 * @generated
	 */
	int JOB_DESCRIPTION_COMPONENT_DEF = 19;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_DESCRIPTION_COMPONENT_DEF__CODE = CATALOG_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_DESCRIPTION_COMPONENT_DEF__NAME = CATALOG_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_DESCRIPTION_COMPONENT_DEF__TEXT = CATALOG_ITEM__TEXT;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_DESCRIPTION_COMPONENT_DEF__CITATION = CATALOG_ITEM__CITATION;

	/**
	 * The feature id for the '<em><b>Component</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_DESCRIPTION_COMPONENT_DEF__COMPONENT = CATALOG_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Job Description Component Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_DESCRIPTION_COMPONENT_DEF_FEATURE_COUNT = CATALOG_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Job Description Component Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_DESCRIPTION_COMPONENT_DEF_OPERATION_COUNT = CATALOG_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.impl.LivedExperienceRequirementDefImpl <em>Lived Experience Requirement Def</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.impl.LivedExperienceRequirementDefImpl
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getLivedExperienceRequirementDef()
	 * @generated
	 */
	int LIVED_EXPERIENCE_REQUIREMENT_DEF = 20;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVED_EXPERIENCE_REQUIREMENT_DEF__CODE = CATALOG_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVED_EXPERIENCE_REQUIREMENT_DEF__NAME = CATALOG_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVED_EXPERIENCE_REQUIREMENT_DEF__TEXT = CATALOG_ITEM__TEXT;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVED_EXPERIENCE_REQUIREMENT_DEF__CITATION = CATALOG_ITEM__CITATION;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVED_EXPERIENCE_REQUIREMENT_DEF__POPULATION = CATALOG_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Min Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVED_EXPERIENCE_REQUIREMENT_DEF__MIN_AGE = CATALOG_ITEM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Max Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVED_EXPERIENCE_REQUIREMENT_DEF__MAX_AGE = CATALOG_ITEM_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Lived Experience Requirement Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVED_EXPERIENCE_REQUIREMENT_DEF_FEATURE_COUNT = CATALOG_ITEM_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Lived Experience Requirement Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVED_EXPERIENCE_REQUIREMENT_DEF_OPERATION_COUNT = CATALOG_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.impl.ChecklistDefImpl <em>Checklist Def</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.impl.ChecklistDefImpl
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getChecklistDef()
	 * @generated
	 */
	int CHECKLIST_DEF = 21;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_DEF__CODE = CATALOG_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_DEF__NAME = CATALOG_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_DEF__TEXT = CATALOG_ITEM__TEXT;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_DEF__CITATION = CATALOG_ITEM__CITATION;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_DEF__ITEMS = CATALOG_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Checklist Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_DEF_FEATURE_COUNT = CATALOG_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Checklist Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_DEF_OPERATION_COUNT = CATALOG_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.impl.ChecklistItemDefImpl <em>Checklist Item Def</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.impl.ChecklistItemDefImpl
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getChecklistItemDef()
	 * @generated
	 */
	int CHECKLIST_ITEM_DEF = 22;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM_DEF__CODE = CATALOG_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM_DEF__NAME = CATALOG_ITEM__NAME;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM_DEF__TEXT = CATALOG_ITEM__TEXT;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM_DEF__CITATION = CATALOG_ITEM__CITATION;

	/**
	 * The number of structural features of the '<em>Checklist Item Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM_DEF_FEATURE_COUNT = CATALOG_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Checklist Item Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM_DEF_OPERATION_COUNT = CATALOG_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.SourceDocument <em>Source Document</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.SourceDocument
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getSourceDocument()
	 * @generated
	 */
	int SOURCE_DOCUMENT = 23;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.MotivationGroup <em>Motivation Group</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.MotivationGroup
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getMotivationGroup()
	 * @generated
	 */
	int MOTIVATION_GROUP = 24;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.ReadinessBand <em>Readiness Band</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.ReadinessBand
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getReadinessBand()
	 * @generated
	 */
	int READINESS_BAND = 25;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.ImplementationStage <em>Implementation Stage</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.ImplementationStage
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getImplementationStage()
	 * @generated
	 */
	int IMPLEMENTATION_STAGE = 26;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.OnboardingPhase <em>Onboarding Phase</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.OnboardingPhase
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getOnboardingPhase()
	 * @generated
	 */
	int ONBOARDING_PHASE = 27;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.PlanningDomain <em>Planning Domain</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.PlanningDomain
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getPlanningDomain()
	 * @generated
	 */
	int PLANNING_DOMAIN = 28;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.SpeedUpOption <em>Speed Up Option</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.SpeedUpOption
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getSpeedUpOption()
	 * @generated
	 */
	int SPEED_UP_OPTION = 29;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.RoleMisfitCategory <em>Role Misfit Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.RoleMisfitCategory
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getRoleMisfitCategory()
	 * @generated
	 */
	int ROLE_MISFIT_CATEGORY = 30;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.TrainingGroup <em>Training Group</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.TrainingGroup
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getTrainingGroup()
	 * @generated
	 */
	int TRAINING_GROUP = 31;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.TrainingAudience <em>Training Audience</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.TrainingAudience
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getTrainingAudience()
	 * @generated
	 */
	int TRAINING_AUDIENCE = 32;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.JobDescriptionComponent <em>Job Description Component</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.JobDescriptionComponent
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getJobDescriptionComponent()
	 * @generated
	 */
	int JOB_DESCRIPTION_COMPONENT = 33;

	/**
	 * The meta object id for the '{@link org.peerplan.model.catalog.PopulationServed <em>Population Served</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.catalog.PopulationServed
	 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getPopulationServed()
	 * @generated
	 */
	int POPULATION_SERVED = 34;


	/**
	 * Returns the meta object for class '{@link org.peerplan.model.catalog.Citation <em>Citation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Citation</em>'.
	 * @see org.peerplan.model.catalog.Citation
	 * @generated
	 */
	EClass getCitation();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.Citation#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document</em>'.
	 * @see org.peerplan.model.catalog.Citation#getDocument()
	 * @see #getCitation()
	 * @generated
	 */
	EAttribute getCitation_Document();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.Citation#getSection <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section</em>'.
	 * @see org.peerplan.model.catalog.Citation#getSection()
	 * @see #getCitation()
	 * @generated
	 */
	EAttribute getCitation_Section();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.Citation#isInferred <em>Inferred</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inferred</em>'.
	 * @see org.peerplan.model.catalog.Citation#isInferred()
	 * @see #getCitation()
	 * @generated
	 */
	EAttribute getCitation_Inferred();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.catalog.CatalogItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item</em>'.
	 * @see org.peerplan.model.catalog.CatalogItem
	 * @generated
	 */
	EClass getCatalogItem();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.CatalogItem#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.peerplan.model.catalog.CatalogItem#getCode()
	 * @see #getCatalogItem()
	 * @generated
	 */
	EAttribute getCatalogItem_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.CatalogItem#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.peerplan.model.catalog.CatalogItem#getName()
	 * @see #getCatalogItem()
	 * @generated
	 */
	EAttribute getCatalogItem_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.CatalogItem#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.peerplan.model.catalog.CatalogItem#getText()
	 * @see #getCatalogItem()
	 * @generated
	 */
	EAttribute getCatalogItem_Text();

	/**
	 * Returns the meta object for the containment reference '{@link org.peerplan.model.catalog.CatalogItem#getCitation <em>Citation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Citation</em>'.
	 * @see org.peerplan.model.catalog.CatalogItem#getCitation()
	 * @see #getCatalogItem()
	 * @generated
	 */
	EReference getCatalogItem_Citation();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.catalog.Catalog <em>Catalog</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Catalog</em>'.
	 * @see org.peerplan.model.catalog.Catalog
	 * @generated
	 */
	EClass getCatalog();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.Catalog#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.peerplan.model.catalog.Catalog#getName()
	 * @see #getCatalog()
	 * @generated
	 */
	EAttribute getCatalog_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.Catalog#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.peerplan.model.catalog.Catalog#getVersion()
	 * @see #getCatalog()
	 * @generated
	 */
	EAttribute getCatalog_Version();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.catalog.Catalog#getQuizItems <em>Quiz Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Quiz Items</em>'.
	 * @see org.peerplan.model.catalog.Catalog#getQuizItems()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_QuizItems();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.catalog.Catalog#getReadinessBands <em>Readiness Bands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Readiness Bands</em>'.
	 * @see org.peerplan.model.catalog.Catalog#getReadinessBands()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_ReadinessBands();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.catalog.Catalog#getMotivationQuestions <em>Motivation Questions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Motivation Questions</em>'.
	 * @see org.peerplan.model.catalog.Catalog#getMotivationQuestions()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_MotivationQuestions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.catalog.Catalog#getSurveyItems <em>Survey Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Survey Items</em>'.
	 * @see org.peerplan.model.catalog.Catalog#getSurveyItems()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_SurveyItems();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.catalog.Catalog#getCompetencies <em>Competencies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Competencies</em>'.
	 * @see org.peerplan.model.catalog.Catalog#getCompetencies()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_Competencies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.catalog.Catalog#getPolicyChecklist <em>Policy Checklist</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Policy Checklist</em>'.
	 * @see org.peerplan.model.catalog.Catalog#getPolicyChecklist()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_PolicyChecklist();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.catalog.Catalog#getPlanningItems <em>Planning Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Planning Items</em>'.
	 * @see org.peerplan.model.catalog.Catalog#getPlanningItems()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_PlanningItems();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.catalog.Catalog#getRiskFactors <em>Risk Factors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Risk Factors</em>'.
	 * @see org.peerplan.model.catalog.Catalog#getRiskFactors()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_RiskFactors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.catalog.Catalog#getStageTemplates <em>Stage Templates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stage Templates</em>'.
	 * @see org.peerplan.model.catalog.Catalog#getStageTemplates()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_StageTemplates();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.catalog.Catalog#getSpeedUpOptions <em>Speed Up Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Speed Up Options</em>'.
	 * @see org.peerplan.model.catalog.Catalog#getSpeedUpOptions()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_SpeedUpOptions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.catalog.Catalog#getConflictingDuties <em>Conflicting Duties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conflicting Duties</em>'.
	 * @see org.peerplan.model.catalog.Catalog#getConflictingDuties()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_ConflictingDuties();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.catalog.Catalog#getCourses <em>Courses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Courses</em>'.
	 * @see org.peerplan.model.catalog.Catalog#getCourses()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_Courses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.catalog.Catalog#getEvaluationCategories <em>Evaluation Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evaluation Categories</em>'.
	 * @see org.peerplan.model.catalog.Catalog#getEvaluationCategories()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_EvaluationCategories();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.catalog.Catalog#getJobDescriptionComponents <em>Job Description Components</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Job Description Components</em>'.
	 * @see org.peerplan.model.catalog.Catalog#getJobDescriptionComponents()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_JobDescriptionComponents();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.catalog.Catalog#getLivedExperienceRequirements <em>Lived Experience Requirements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lived Experience Requirements</em>'.
	 * @see org.peerplan.model.catalog.Catalog#getLivedExperienceRequirements()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_LivedExperienceRequirements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.catalog.Catalog#getChecklists <em>Checklists</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Checklists</em>'.
	 * @see org.peerplan.model.catalog.Catalog#getChecklists()
	 * @see #getCatalog()
	 * @generated
	 */
	EReference getCatalog_Checklists();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.catalog.QuizItemDef <em>Quiz Item Def</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quiz Item Def</em>'.
	 * @see org.peerplan.model.catalog.QuizItemDef
	 * @generated
	 */
	EClass getQuizItemDef();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.QuizItemDef#getTheme <em>Theme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Theme</em>'.
	 * @see org.peerplan.model.catalog.QuizItemDef#getTheme()
	 * @see #getQuizItemDef()
	 * @generated
	 */
	EAttribute getQuizItemDef_Theme();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.catalog.ReadinessBandDef <em>Readiness Band Def</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Readiness Band Def</em>'.
	 * @see org.peerplan.model.catalog.ReadinessBandDef
	 * @generated
	 */
	EClass getReadinessBandDef();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.ReadinessBandDef#getBand <em>Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Band</em>'.
	 * @see org.peerplan.model.catalog.ReadinessBandDef#getBand()
	 * @see #getReadinessBandDef()
	 * @generated
	 */
	EAttribute getReadinessBandDef_Band();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.ReadinessBandDef#getMinTrue <em>Min True</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min True</em>'.
	 * @see org.peerplan.model.catalog.ReadinessBandDef#getMinTrue()
	 * @see #getReadinessBandDef()
	 * @generated
	 */
	EAttribute getReadinessBandDef_MinTrue();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.ReadinessBandDef#getMaxTrue <em>Max True</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max True</em>'.
	 * @see org.peerplan.model.catalog.ReadinessBandDef#getMaxTrue()
	 * @see #getReadinessBandDef()
	 * @generated
	 */
	EAttribute getReadinessBandDef_MaxTrue();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.ReadinessBandDef#getMinimumMonths <em>Minimum Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Months</em>'.
	 * @see org.peerplan.model.catalog.ReadinessBandDef#getMinimumMonths()
	 * @see #getReadinessBandDef()
	 * @generated
	 */
	EAttribute getReadinessBandDef_MinimumMonths();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.ReadinessBandDef#isMinimumStated <em>Minimum Stated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Stated</em>'.
	 * @see org.peerplan.model.catalog.ReadinessBandDef#isMinimumStated()
	 * @see #getReadinessBandDef()
	 * @generated
	 */
	EAttribute getReadinessBandDef_MinimumStated();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.ReadinessBandDef#getRecommendation <em>Recommendation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recommendation</em>'.
	 * @see org.peerplan.model.catalog.ReadinessBandDef#getRecommendation()
	 * @see #getReadinessBandDef()
	 * @generated
	 */
	EAttribute getReadinessBandDef_Recommendation();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.catalog.MotivationQuestionDef <em>Motivation Question Def</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Motivation Question Def</em>'.
	 * @see org.peerplan.model.catalog.MotivationQuestionDef
	 * @generated
	 */
	EClass getMotivationQuestionDef();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.MotivationQuestionDef#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see org.peerplan.model.catalog.MotivationQuestionDef#getGroup()
	 * @see #getMotivationQuestionDef()
	 * @generated
	 */
	EAttribute getMotivationQuestionDef_Group();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.catalog.SurveyItemDef <em>Survey Item Def</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Survey Item Def</em>'.
	 * @see org.peerplan.model.catalog.SurveyItemDef
	 * @generated
	 */
	EClass getSurveyItemDef();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.catalog.CompetencyDef <em>Competency Def</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Competency Def</em>'.
	 * @see org.peerplan.model.catalog.CompetencyDef
	 * @generated
	 */
	EClass getCompetencyDef();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.CompetencyDef#getChapterTitle <em>Chapter Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chapter Title</em>'.
	 * @see org.peerplan.model.catalog.CompetencyDef#getChapterTitle()
	 * @see #getCompetencyDef()
	 * @generated
	 */
	EAttribute getCompetencyDef_ChapterTitle();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.catalog.CompetencyDef#getQuestions <em>Questions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Questions</em>'.
	 * @see org.peerplan.model.catalog.CompetencyDef#getQuestions()
	 * @see #getCompetencyDef()
	 * @generated
	 */
	EReference getCompetencyDef_Questions();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.catalog.AssessmentQuestionDef <em>Assessment Question Def</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment Question Def</em>'.
	 * @see org.peerplan.model.catalog.AssessmentQuestionDef
	 * @generated
	 */
	EClass getAssessmentQuestionDef();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.catalog.PolicyCheckItemDef <em>Policy Check Item Def</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy Check Item Def</em>'.
	 * @see org.peerplan.model.catalog.PolicyCheckItemDef
	 * @generated
	 */
	EClass getPolicyCheckItemDef();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.PolicyCheckItemDef#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area</em>'.
	 * @see org.peerplan.model.catalog.PolicyCheckItemDef#getArea()
	 * @see #getPolicyCheckItemDef()
	 * @generated
	 */
	EAttribute getPolicyCheckItemDef_Area();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.PolicyCheckItemDef#isHrReadiness <em>Hr Readiness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hr Readiness</em>'.
	 * @see org.peerplan.model.catalog.PolicyCheckItemDef#isHrReadiness()
	 * @see #getPolicyCheckItemDef()
	 * @generated
	 */
	EAttribute getPolicyCheckItemDef_HrReadiness();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.PolicyCheckItemDef#isRecoveryOrientation <em>Recovery Orientation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recovery Orientation</em>'.
	 * @see org.peerplan.model.catalog.PolicyCheckItemDef#isRecoveryOrientation()
	 * @see #getPolicyCheckItemDef()
	 * @generated
	 */
	EAttribute getPolicyCheckItemDef_RecoveryOrientation();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.catalog.PlanningItemDef <em>Planning Item Def</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Planning Item Def</em>'.
	 * @see org.peerplan.model.catalog.PlanningItemDef
	 * @generated
	 */
	EClass getPlanningItemDef();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.PlanningItemDef#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain</em>'.
	 * @see org.peerplan.model.catalog.PlanningItemDef#getDomain()
	 * @see #getPlanningItemDef()
	 * @generated
	 */
	EAttribute getPlanningItemDef_Domain();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.catalog.RiskFactorDef <em>Risk Factor Def</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Risk Factor Def</em>'.
	 * @see org.peerplan.model.catalog.RiskFactorDef
	 * @generated
	 */
	EClass getRiskFactorDef();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.catalog.StageTemplate <em>Stage Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stage Template</em>'.
	 * @see org.peerplan.model.catalog.StageTemplate
	 * @generated
	 */
	EClass getStageTemplate();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.StageTemplate#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.peerplan.model.catalog.StageTemplate#getKind()
	 * @see #getStageTemplate()
	 * @generated
	 */
	EAttribute getStageTemplate_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.StageTemplate#getSequence <em>Sequence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sequence</em>'.
	 * @see org.peerplan.model.catalog.StageTemplate#getSequence()
	 * @see #getStageTemplate()
	 * @generated
	 */
	EAttribute getStageTemplate_Sequence();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.catalog.StageTemplate#getTasks <em>Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tasks</em>'.
	 * @see org.peerplan.model.catalog.StageTemplate#getTasks()
	 * @see #getStageTemplate()
	 * @generated
	 */
	EReference getStageTemplate_Tasks();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.catalog.TaskTemplate <em>Task Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Task Template</em>'.
	 * @see org.peerplan.model.catalog.TaskTemplate
	 * @generated
	 */
	EClass getTaskTemplate();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.TaskTemplate#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phase</em>'.
	 * @see org.peerplan.model.catalog.TaskTemplate#getPhase()
	 * @see #getTaskTemplate()
	 * @generated
	 */
	EAttribute getTaskTemplate_Phase();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.TaskTemplate#getTypicalDays <em>Typical Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Typical Days</em>'.
	 * @see org.peerplan.model.catalog.TaskTemplate#getTypicalDays()
	 * @see #getTaskTemplate()
	 * @generated
	 */
	EAttribute getTaskTemplate_TypicalDays();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.TaskTemplate#isMilestone <em>Milestone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Milestone</em>'.
	 * @see org.peerplan.model.catalog.TaskTemplate#isMilestone()
	 * @see #getTaskTemplate()
	 * @generated
	 */
	EAttribute getTaskTemplate_Milestone();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.TaskTemplate#getDeliverable <em>Deliverable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deliverable</em>'.
	 * @see org.peerplan.model.catalog.TaskTemplate#getDeliverable()
	 * @see #getTaskTemplate()
	 * @generated
	 */
	EAttribute getTaskTemplate_Deliverable();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.TaskTemplate#isOptional <em>Optional</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Optional</em>'.
	 * @see org.peerplan.model.catalog.TaskTemplate#isOptional()
	 * @see #getTaskTemplate()
	 * @generated
	 */
	EAttribute getTaskTemplate_Optional();

	/**
	 * Returns the meta object for the reference list '{@link org.peerplan.model.catalog.TaskTemplate#getDependsOn <em>Depends On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Depends On</em>'.
	 * @see org.peerplan.model.catalog.TaskTemplate#getDependsOn()
	 * @see #getTaskTemplate()
	 * @generated
	 */
	EReference getTaskTemplate_DependsOn();

	/**
	 * Returns the meta object for the reference list '{@link org.peerplan.model.catalog.TaskTemplate#getCovers <em>Covers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Covers</em>'.
	 * @see org.peerplan.model.catalog.TaskTemplate#getCovers()
	 * @see #getTaskTemplate()
	 * @generated
	 */
	EReference getTaskTemplate_Covers();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.catalog.SpeedUpOptionDef <em>Speed Up Option Def</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Speed Up Option Def</em>'.
	 * @see org.peerplan.model.catalog.SpeedUpOptionDef
	 * @generated
	 */
	EClass getSpeedUpOptionDef();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.SpeedUpOptionDef#getOption <em>Option</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Option</em>'.
	 * @see org.peerplan.model.catalog.SpeedUpOptionDef#getOption()
	 * @see #getSpeedUpOptionDef()
	 * @generated
	 */
	EAttribute getSpeedUpOptionDef_Option();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.catalog.ConflictingDutyDef <em>Conflicting Duty Def</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conflicting Duty Def</em>'.
	 * @see org.peerplan.model.catalog.ConflictingDutyDef
	 * @generated
	 */
	EClass getConflictingDutyDef();

	/**
	 * Returns the meta object for the attribute list '{@link org.peerplan.model.catalog.ConflictingDutyDef#getCategories <em>Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Categories</em>'.
	 * @see org.peerplan.model.catalog.ConflictingDutyDef#getCategories()
	 * @see #getConflictingDutyDef()
	 * @generated
	 */
	EAttribute getConflictingDutyDef_Categories();

	/**
	 * Returns the meta object for the attribute list '{@link org.peerplan.model.catalog.ConflictingDutyDef#getKeywords <em>Keywords</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Keywords</em>'.
	 * @see org.peerplan.model.catalog.ConflictingDutyDef#getKeywords()
	 * @see #getConflictingDutyDef()
	 * @generated
	 */
	EAttribute getConflictingDutyDef_Keywords();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.ConflictingDutyDef#getConsistentAlternative <em>Consistent Alternative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consistent Alternative</em>'.
	 * @see org.peerplan.model.catalog.ConflictingDutyDef#getConsistentAlternative()
	 * @see #getConflictingDutyDef()
	 * @generated
	 */
	EAttribute getConflictingDutyDef_ConsistentAlternative();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.catalog.CourseDef <em>Course Def</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Course Def</em>'.
	 * @see org.peerplan.model.catalog.CourseDef
	 * @generated
	 */
	EClass getCourseDef();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.CourseDef#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see org.peerplan.model.catalog.CourseDef#getGroup()
	 * @see #getCourseDef()
	 * @generated
	 */
	EAttribute getCourseDef_Group();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.CourseDef#getHours <em>Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours</em>'.
	 * @see org.peerplan.model.catalog.CourseDef#getHours()
	 * @see #getCourseDef()
	 * @generated
	 */
	EAttribute getCourseDef_Hours();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.CourseDef#getDays <em>Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Days</em>'.
	 * @see org.peerplan.model.catalog.CourseDef#getDays()
	 * @see #getCourseDef()
	 * @generated
	 */
	EAttribute getCourseDef_Days();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.CourseDef#getMinAttendance <em>Min Attendance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Attendance</em>'.
	 * @see org.peerplan.model.catalog.CourseDef#getMinAttendance()
	 * @see #getCourseDef()
	 * @generated
	 */
	EAttribute getCourseDef_MinAttendance();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.CourseDef#getMaxAttendance <em>Max Attendance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Attendance</em>'.
	 * @see org.peerplan.model.catalog.CourseDef#getMaxAttendance()
	 * @see #getCourseDef()
	 * @generated
	 */
	EAttribute getCourseDef_MaxAttendance();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.CourseDef#getAudience <em>Audience</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Audience</em>'.
	 * @see org.peerplan.model.catalog.CourseDef#getAudience()
	 * @see #getCourseDef()
	 * @generated
	 */
	EAttribute getCourseDef_Audience();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.CourseDef#getAudienceNote <em>Audience Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Audience Note</em>'.
	 * @see org.peerplan.model.catalog.CourseDef#getAudienceNote()
	 * @see #getCourseDef()
	 * @generated
	 */
	EAttribute getCourseDef_AudienceNote();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.CourseDef#getListValue <em>List Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>List Value</em>'.
	 * @see org.peerplan.model.catalog.CourseDef#getListValue()
	 * @see #getCourseDef()
	 * @generated
	 */
	EAttribute getCourseDef_ListValue();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.CourseDef#isManagersAndStaffSeparate <em>Managers And Staff Separate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Managers And Staff Separate</em>'.
	 * @see org.peerplan.model.catalog.CourseDef#isManagersAndStaffSeparate()
	 * @see #getCourseDef()
	 * @generated
	 */
	EAttribute getCourseDef_ManagersAndStaffSeparate();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.CourseDef#isSelfCare <em>Self Care</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Self Care</em>'.
	 * @see org.peerplan.model.catalog.CourseDef#isSelfCare()
	 * @see #getCourseDef()
	 * @generated
	 */
	EAttribute getCourseDef_SelfCare();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.catalog.CourseDef#getPrerequisite <em>Prerequisite</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Prerequisite</em>'.
	 * @see org.peerplan.model.catalog.CourseDef#getPrerequisite()
	 * @see #getCourseDef()
	 * @generated
	 */
	EReference getCourseDef_Prerequisite();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.catalog.EvaluationCategoryDef <em>Evaluation Category Def</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evaluation Category Def</em>'.
	 * @see org.peerplan.model.catalog.EvaluationCategoryDef
	 * @generated
	 */
	EClass getEvaluationCategoryDef();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.catalog.EvaluationCategoryDef#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.peerplan.model.catalog.EvaluationCategoryDef#getItems()
	 * @see #getEvaluationCategoryDef()
	 * @generated
	 */
	EReference getEvaluationCategoryDef_Items();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.catalog.EvaluationItemDef <em>Evaluation Item Def</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evaluation Item Def</em>'.
	 * @see org.peerplan.model.catalog.EvaluationItemDef
	 * @generated
	 */
	EClass getEvaluationItemDef();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.catalog.JobDescriptionComponentDef <em>Job Description Component Def</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Job Description Component Def</em>'.
	 * @see org.peerplan.model.catalog.JobDescriptionComponentDef
	 * @generated
	 */
	EClass getJobDescriptionComponentDef();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.JobDescriptionComponentDef#getComponent <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Component</em>'.
	 * @see org.peerplan.model.catalog.JobDescriptionComponentDef#getComponent()
	 * @see #getJobDescriptionComponentDef()
	 * @generated
	 */
	EAttribute getJobDescriptionComponentDef_Component();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.catalog.LivedExperienceRequirementDef <em>Lived Experience Requirement Def</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lived Experience Requirement Def</em>'.
	 * @see org.peerplan.model.catalog.LivedExperienceRequirementDef
	 * @generated
	 */
	EClass getLivedExperienceRequirementDef();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.LivedExperienceRequirementDef#getPopulation <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population</em>'.
	 * @see org.peerplan.model.catalog.LivedExperienceRequirementDef#getPopulation()
	 * @see #getLivedExperienceRequirementDef()
	 * @generated
	 */
	EAttribute getLivedExperienceRequirementDef_Population();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.LivedExperienceRequirementDef#getMinAge <em>Min Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Age</em>'.
	 * @see org.peerplan.model.catalog.LivedExperienceRequirementDef#getMinAge()
	 * @see #getLivedExperienceRequirementDef()
	 * @generated
	 */
	EAttribute getLivedExperienceRequirementDef_MinAge();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.catalog.LivedExperienceRequirementDef#getMaxAge <em>Max Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Age</em>'.
	 * @see org.peerplan.model.catalog.LivedExperienceRequirementDef#getMaxAge()
	 * @see #getLivedExperienceRequirementDef()
	 * @generated
	 */
	EAttribute getLivedExperienceRequirementDef_MaxAge();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.catalog.ChecklistDef <em>Checklist Def</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Checklist Def</em>'.
	 * @see org.peerplan.model.catalog.ChecklistDef
	 * @generated
	 */
	EClass getChecklistDef();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.catalog.ChecklistDef#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.peerplan.model.catalog.ChecklistDef#getItems()
	 * @see #getChecklistDef()
	 * @generated
	 */
	EReference getChecklistDef_Items();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.catalog.ChecklistItemDef <em>Checklist Item Def</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Checklist Item Def</em>'.
	 * @see org.peerplan.model.catalog.ChecklistItemDef
	 * @generated
	 */
	EClass getChecklistItemDef();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.catalog.SourceDocument <em>Source Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Source Document</em>'.
	 * @see org.peerplan.model.catalog.SourceDocument
	 * @generated
	 */
	EEnum getSourceDocument();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.catalog.MotivationGroup <em>Motivation Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Motivation Group</em>'.
	 * @see org.peerplan.model.catalog.MotivationGroup
	 * @generated
	 */
	EEnum getMotivationGroup();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.catalog.ReadinessBand <em>Readiness Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Readiness Band</em>'.
	 * @see org.peerplan.model.catalog.ReadinessBand
	 * @generated
	 */
	EEnum getReadinessBand();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.catalog.ImplementationStage <em>Implementation Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Implementation Stage</em>'.
	 * @see org.peerplan.model.catalog.ImplementationStage
	 * @generated
	 */
	EEnum getImplementationStage();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.catalog.OnboardingPhase <em>Onboarding Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Onboarding Phase</em>'.
	 * @see org.peerplan.model.catalog.OnboardingPhase
	 * @generated
	 */
	EEnum getOnboardingPhase();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.catalog.PlanningDomain <em>Planning Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Planning Domain</em>'.
	 * @see org.peerplan.model.catalog.PlanningDomain
	 * @generated
	 */
	EEnum getPlanningDomain();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.catalog.SpeedUpOption <em>Speed Up Option</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Speed Up Option</em>'.
	 * @see org.peerplan.model.catalog.SpeedUpOption
	 * @generated
	 */
	EEnum getSpeedUpOption();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.catalog.RoleMisfitCategory <em>Role Misfit Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Role Misfit Category</em>'.
	 * @see org.peerplan.model.catalog.RoleMisfitCategory
	 * @generated
	 */
	EEnum getRoleMisfitCategory();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.catalog.TrainingGroup <em>Training Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Training Group</em>'.
	 * @see org.peerplan.model.catalog.TrainingGroup
	 * @generated
	 */
	EEnum getTrainingGroup();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.catalog.TrainingAudience <em>Training Audience</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Training Audience</em>'.
	 * @see org.peerplan.model.catalog.TrainingAudience
	 * @generated
	 */
	EEnum getTrainingAudience();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.catalog.JobDescriptionComponent <em>Job Description Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Job Description Component</em>'.
	 * @see org.peerplan.model.catalog.JobDescriptionComponent
	 * @generated
	 */
	EEnum getJobDescriptionComponent();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.catalog.PopulationServed <em>Population Served</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Population Served</em>'.
	 * @see org.peerplan.model.catalog.PopulationServed
	 * @generated
	 */
	EEnum getPopulationServed();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CatalogFactory getCatalogFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.impl.CitationImpl <em>Citation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.impl.CitationImpl
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getCitation()
		 * @generated
		 */
		EClass CITATION = eINSTANCE.getCitation();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CITATION__DOCUMENT = eINSTANCE.getCitation_Document();

		/**
		 * The meta object literal for the '<em><b>Section</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CITATION__SECTION = eINSTANCE.getCitation_Section();

		/**
		 * The meta object literal for the '<em><b>Inferred</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CITATION__INFERRED = eINSTANCE.getCitation_Inferred();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.impl.CatalogItemImpl <em>Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.impl.CatalogItemImpl
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getCatalogItem()
		 * @generated
		 */
		EClass CATALOG_ITEM = eINSTANCE.getCatalogItem();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_ITEM__CODE = eINSTANCE.getCatalogItem_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_ITEM__NAME = eINSTANCE.getCatalogItem_Name();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_ITEM__TEXT = eINSTANCE.getCatalogItem_Text();

		/**
		 * The meta object literal for the '<em><b>Citation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG_ITEM__CITATION = eINSTANCE.getCatalogItem_Citation();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.impl.CatalogImpl <em>Catalog</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.impl.CatalogImpl
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getCatalog()
		 * @generated
		 */
		EClass CATALOG = eINSTANCE.getCatalog();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG__NAME = eINSTANCE.getCatalog_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG__VERSION = eINSTANCE.getCatalog_Version();

		/**
		 * The meta object literal for the '<em><b>Quiz Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__QUIZ_ITEMS = eINSTANCE.getCatalog_QuizItems();

		/**
		 * The meta object literal for the '<em><b>Readiness Bands</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__READINESS_BANDS = eINSTANCE.getCatalog_ReadinessBands();

		/**
		 * The meta object literal for the '<em><b>Motivation Questions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__MOTIVATION_QUESTIONS = eINSTANCE.getCatalog_MotivationQuestions();

		/**
		 * The meta object literal for the '<em><b>Survey Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__SURVEY_ITEMS = eINSTANCE.getCatalog_SurveyItems();

		/**
		 * The meta object literal for the '<em><b>Competencies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__COMPETENCIES = eINSTANCE.getCatalog_Competencies();

		/**
		 * The meta object literal for the '<em><b>Policy Checklist</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__POLICY_CHECKLIST = eINSTANCE.getCatalog_PolicyChecklist();

		/**
		 * The meta object literal for the '<em><b>Planning Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__PLANNING_ITEMS = eINSTANCE.getCatalog_PlanningItems();

		/**
		 * The meta object literal for the '<em><b>Risk Factors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__RISK_FACTORS = eINSTANCE.getCatalog_RiskFactors();

		/**
		 * The meta object literal for the '<em><b>Stage Templates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__STAGE_TEMPLATES = eINSTANCE.getCatalog_StageTemplates();

		/**
		 * The meta object literal for the '<em><b>Speed Up Options</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__SPEED_UP_OPTIONS = eINSTANCE.getCatalog_SpeedUpOptions();

		/**
		 * The meta object literal for the '<em><b>Conflicting Duties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__CONFLICTING_DUTIES = eINSTANCE.getCatalog_ConflictingDuties();

		/**
		 * The meta object literal for the '<em><b>Courses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__COURSES = eINSTANCE.getCatalog_Courses();

		/**
		 * The meta object literal for the '<em><b>Evaluation Categories</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__EVALUATION_CATEGORIES = eINSTANCE.getCatalog_EvaluationCategories();

		/**
		 * The meta object literal for the '<em><b>Job Description Components</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__JOB_DESCRIPTION_COMPONENTS = eINSTANCE.getCatalog_JobDescriptionComponents();

		/**
		 * The meta object literal for the '<em><b>Lived Experience Requirements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__LIVED_EXPERIENCE_REQUIREMENTS = eINSTANCE.getCatalog_LivedExperienceRequirements();

		/**
		 * The meta object literal for the '<em><b>Checklists</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOG__CHECKLISTS = eINSTANCE.getCatalog_Checklists();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.impl.QuizItemDefImpl <em>Quiz Item Def</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.impl.QuizItemDefImpl
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getQuizItemDef()
		 * @generated
		 */
		EClass QUIZ_ITEM_DEF = eINSTANCE.getQuizItemDef();

		/**
		 * The meta object literal for the '<em><b>Theme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUIZ_ITEM_DEF__THEME = eINSTANCE.getQuizItemDef_Theme();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.impl.ReadinessBandDefImpl <em>Readiness Band Def</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.impl.ReadinessBandDefImpl
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getReadinessBandDef()
		 * @generated
		 */
		EClass READINESS_BAND_DEF = eINSTANCE.getReadinessBandDef();

		/**
		 * The meta object literal for the '<em><b>Band</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute READINESS_BAND_DEF__BAND = eINSTANCE.getReadinessBandDef_Band();

		/**
		 * The meta object literal for the '<em><b>Min True</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute READINESS_BAND_DEF__MIN_TRUE = eINSTANCE.getReadinessBandDef_MinTrue();

		/**
		 * The meta object literal for the '<em><b>Max True</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute READINESS_BAND_DEF__MAX_TRUE = eINSTANCE.getReadinessBandDef_MaxTrue();

		/**
		 * The meta object literal for the '<em><b>Minimum Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute READINESS_BAND_DEF__MINIMUM_MONTHS = eINSTANCE.getReadinessBandDef_MinimumMonths();

		/**
		 * The meta object literal for the '<em><b>Minimum Stated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute READINESS_BAND_DEF__MINIMUM_STATED = eINSTANCE.getReadinessBandDef_MinimumStated();

		/**
		 * The meta object literal for the '<em><b>Recommendation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute READINESS_BAND_DEF__RECOMMENDATION = eINSTANCE.getReadinessBandDef_Recommendation();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.impl.MotivationQuestionDefImpl <em>Motivation Question Def</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.impl.MotivationQuestionDefImpl
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getMotivationQuestionDef()
		 * @generated
		 */
		EClass MOTIVATION_QUESTION_DEF = eINSTANCE.getMotivationQuestionDef();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOTIVATION_QUESTION_DEF__GROUP = eINSTANCE.getMotivationQuestionDef_Group();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.impl.SurveyItemDefImpl <em>Survey Item Def</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.impl.SurveyItemDefImpl
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getSurveyItemDef()
		 * @generated
		 */
		EClass SURVEY_ITEM_DEF = eINSTANCE.getSurveyItemDef();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.impl.CompetencyDefImpl <em>Competency Def</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.impl.CompetencyDefImpl
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getCompetencyDef()
		 * @generated
		 */
		EClass COMPETENCY_DEF = eINSTANCE.getCompetencyDef();

		/**
		 * The meta object literal for the '<em><b>Chapter Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPETENCY_DEF__CHAPTER_TITLE = eINSTANCE.getCompetencyDef_ChapterTitle();

		/**
		 * The meta object literal for the '<em><b>Questions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPETENCY_DEF__QUESTIONS = eINSTANCE.getCompetencyDef_Questions();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.impl.AssessmentQuestionDefImpl <em>Assessment Question Def</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.impl.AssessmentQuestionDefImpl
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getAssessmentQuestionDef()
		 * @generated
		 */
		EClass ASSESSMENT_QUESTION_DEF = eINSTANCE.getAssessmentQuestionDef();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.impl.PolicyCheckItemDefImpl <em>Policy Check Item Def</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.impl.PolicyCheckItemDefImpl
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getPolicyCheckItemDef()
		 * @generated
		 */
		EClass POLICY_CHECK_ITEM_DEF = eINSTANCE.getPolicyCheckItemDef();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_CHECK_ITEM_DEF__AREA = eINSTANCE.getPolicyCheckItemDef_Area();

		/**
		 * The meta object literal for the '<em><b>Hr Readiness</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_CHECK_ITEM_DEF__HR_READINESS = eINSTANCE.getPolicyCheckItemDef_HrReadiness();

		/**
		 * The meta object literal for the '<em><b>Recovery Orientation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_CHECK_ITEM_DEF__RECOVERY_ORIENTATION = eINSTANCE.getPolicyCheckItemDef_RecoveryOrientation();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.impl.PlanningItemDefImpl <em>Planning Item Def</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.impl.PlanningItemDefImpl
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getPlanningItemDef()
		 * @generated
		 */
		EClass PLANNING_ITEM_DEF = eINSTANCE.getPlanningItemDef();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_ITEM_DEF__DOMAIN = eINSTANCE.getPlanningItemDef_Domain();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.impl.RiskFactorDefImpl <em>Risk Factor Def</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.impl.RiskFactorDefImpl
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getRiskFactorDef()
		 * @generated
		 */
		EClass RISK_FACTOR_DEF = eINSTANCE.getRiskFactorDef();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.impl.StageTemplateImpl <em>Stage Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.impl.StageTemplateImpl
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getStageTemplate()
		 * @generated
		 */
		EClass STAGE_TEMPLATE = eINSTANCE.getStageTemplate();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE_TEMPLATE__KIND = eINSTANCE.getStageTemplate_Kind();

		/**
		 * The meta object literal for the '<em><b>Sequence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE_TEMPLATE__SEQUENCE = eINSTANCE.getStageTemplate_Sequence();

		/**
		 * The meta object literal for the '<em><b>Tasks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAGE_TEMPLATE__TASKS = eINSTANCE.getStageTemplate_Tasks();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.impl.TaskTemplateImpl <em>Task Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.impl.TaskTemplateImpl
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getTaskTemplate()
		 * @generated
		 */
		EClass TASK_TEMPLATE = eINSTANCE.getTaskTemplate();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK_TEMPLATE__PHASE = eINSTANCE.getTaskTemplate_Phase();

		/**
		 * The meta object literal for the '<em><b>Typical Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK_TEMPLATE__TYPICAL_DAYS = eINSTANCE.getTaskTemplate_TypicalDays();

		/**
		 * The meta object literal for the '<em><b>Milestone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK_TEMPLATE__MILESTONE = eINSTANCE.getTaskTemplate_Milestone();

		/**
		 * The meta object literal for the '<em><b>Deliverable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK_TEMPLATE__DELIVERABLE = eINSTANCE.getTaskTemplate_Deliverable();

		/**
		 * The meta object literal for the '<em><b>Optional</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK_TEMPLATE__OPTIONAL = eINSTANCE.getTaskTemplate_Optional();

		/**
		 * The meta object literal for the '<em><b>Depends On</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK_TEMPLATE__DEPENDS_ON = eINSTANCE.getTaskTemplate_DependsOn();

		/**
		 * The meta object literal for the '<em><b>Covers</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK_TEMPLATE__COVERS = eINSTANCE.getTaskTemplate_Covers();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.impl.SpeedUpOptionDefImpl <em>Speed Up Option Def</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.impl.SpeedUpOptionDefImpl
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getSpeedUpOptionDef()
		 * @generated
		 */
		EClass SPEED_UP_OPTION_DEF = eINSTANCE.getSpeedUpOptionDef();

		/**
		 * The meta object literal for the '<em><b>Option</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPEED_UP_OPTION_DEF__OPTION = eINSTANCE.getSpeedUpOptionDef_Option();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.impl.ConflictingDutyDefImpl <em>Conflicting Duty Def</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.impl.ConflictingDutyDefImpl
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getConflictingDutyDef()
		 * @generated
		 */
		EClass CONFLICTING_DUTY_DEF = eINSTANCE.getConflictingDutyDef();

		/**
		 * The meta object literal for the '<em><b>Categories</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICTING_DUTY_DEF__CATEGORIES = eINSTANCE.getConflictingDutyDef_Categories();

		/**
		 * The meta object literal for the '<em><b>Keywords</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICTING_DUTY_DEF__KEYWORDS = eINSTANCE.getConflictingDutyDef_Keywords();

		/**
		 * The meta object literal for the '<em><b>Consistent Alternative</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLICTING_DUTY_DEF__CONSISTENT_ALTERNATIVE = eINSTANCE.getConflictingDutyDef_ConsistentAlternative();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.impl.CourseDefImpl <em>Course Def</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.impl.CourseDefImpl
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getCourseDef()
		 * @generated
		 */
		EClass COURSE_DEF = eINSTANCE.getCourseDef();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE_DEF__GROUP = eINSTANCE.getCourseDef_Group();

		/**
		 * The meta object literal for the '<em><b>Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE_DEF__HOURS = eINSTANCE.getCourseDef_Hours();

		/**
		 * The meta object literal for the '<em><b>Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE_DEF__DAYS = eINSTANCE.getCourseDef_Days();

		/**
		 * The meta object literal for the '<em><b>Min Attendance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE_DEF__MIN_ATTENDANCE = eINSTANCE.getCourseDef_MinAttendance();

		/**
		 * The meta object literal for the '<em><b>Max Attendance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE_DEF__MAX_ATTENDANCE = eINSTANCE.getCourseDef_MaxAttendance();

		/**
		 * The meta object literal for the '<em><b>Audience</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE_DEF__AUDIENCE = eINSTANCE.getCourseDef_Audience();

		/**
		 * The meta object literal for the '<em><b>Audience Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE_DEF__AUDIENCE_NOTE = eINSTANCE.getCourseDef_AudienceNote();

		/**
		 * The meta object literal for the '<em><b>List Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE_DEF__LIST_VALUE = eINSTANCE.getCourseDef_ListValue();

		/**
		 * The meta object literal for the '<em><b>Managers And Staff Separate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE_DEF__MANAGERS_AND_STAFF_SEPARATE = eINSTANCE.getCourseDef_ManagersAndStaffSeparate();

		/**
		 * The meta object literal for the '<em><b>Self Care</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE_DEF__SELF_CARE = eINSTANCE.getCourseDef_SelfCare();

		/**
		 * The meta object literal for the '<em><b>Prerequisite</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COURSE_DEF__PREREQUISITE = eINSTANCE.getCourseDef_Prerequisite();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.impl.EvaluationCategoryDefImpl <em>Evaluation Category Def</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.impl.EvaluationCategoryDefImpl
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getEvaluationCategoryDef()
		 * @generated
		 */
		EClass EVALUATION_CATEGORY_DEF = eINSTANCE.getEvaluationCategoryDef();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION_CATEGORY_DEF__ITEMS = eINSTANCE.getEvaluationCategoryDef_Items();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.impl.EvaluationItemDefImpl <em>Evaluation Item Def</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.impl.EvaluationItemDefImpl
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getEvaluationItemDef()
		 * @generated
		 */
		EClass EVALUATION_ITEM_DEF = eINSTANCE.getEvaluationItemDef();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.impl.JobDescriptionComponentDefImpl <em>Job Description Component Def</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.impl.JobDescriptionComponentDefImpl
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getJobDescriptionComponentDef()
		 * @generated
		 */
		EClass JOB_DESCRIPTION_COMPONENT_DEF = eINSTANCE.getJobDescriptionComponentDef();

		/**
		 * The meta object literal for the '<em><b>Component</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_DESCRIPTION_COMPONENT_DEF__COMPONENT = eINSTANCE.getJobDescriptionComponentDef_Component();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.impl.LivedExperienceRequirementDefImpl <em>Lived Experience Requirement Def</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.impl.LivedExperienceRequirementDefImpl
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getLivedExperienceRequirementDef()
		 * @generated
		 */
		EClass LIVED_EXPERIENCE_REQUIREMENT_DEF = eINSTANCE.getLivedExperienceRequirementDef();

		/**
		 * The meta object literal for the '<em><b>Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIVED_EXPERIENCE_REQUIREMENT_DEF__POPULATION = eINSTANCE.getLivedExperienceRequirementDef_Population();

		/**
		 * The meta object literal for the '<em><b>Min Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIVED_EXPERIENCE_REQUIREMENT_DEF__MIN_AGE = eINSTANCE.getLivedExperienceRequirementDef_MinAge();

		/**
		 * The meta object literal for the '<em><b>Max Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIVED_EXPERIENCE_REQUIREMENT_DEF__MAX_AGE = eINSTANCE.getLivedExperienceRequirementDef_MaxAge();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.impl.ChecklistDefImpl <em>Checklist Def</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.impl.ChecklistDefImpl
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getChecklistDef()
		 * @generated
		 */
		EClass CHECKLIST_DEF = eINSTANCE.getChecklistDef();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECKLIST_DEF__ITEMS = eINSTANCE.getChecklistDef_Items();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.impl.ChecklistItemDefImpl <em>Checklist Item Def</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.impl.ChecklistItemDefImpl
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getChecklistItemDef()
		 * @generated
		 */
		EClass CHECKLIST_ITEM_DEF = eINSTANCE.getChecklistItemDef();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.SourceDocument <em>Source Document</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.SourceDocument
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getSourceDocument()
		 * @generated
		 */
		EEnum SOURCE_DOCUMENT = eINSTANCE.getSourceDocument();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.MotivationGroup <em>Motivation Group</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.MotivationGroup
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getMotivationGroup()
		 * @generated
		 */
		EEnum MOTIVATION_GROUP = eINSTANCE.getMotivationGroup();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.ReadinessBand <em>Readiness Band</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.ReadinessBand
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getReadinessBand()
		 * @generated
		 */
		EEnum READINESS_BAND = eINSTANCE.getReadinessBand();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.ImplementationStage <em>Implementation Stage</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.ImplementationStage
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getImplementationStage()
		 * @generated
		 */
		EEnum IMPLEMENTATION_STAGE = eINSTANCE.getImplementationStage();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.OnboardingPhase <em>Onboarding Phase</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.OnboardingPhase
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getOnboardingPhase()
		 * @generated
		 */
		EEnum ONBOARDING_PHASE = eINSTANCE.getOnboardingPhase();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.PlanningDomain <em>Planning Domain</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.PlanningDomain
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getPlanningDomain()
		 * @generated
		 */
		EEnum PLANNING_DOMAIN = eINSTANCE.getPlanningDomain();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.SpeedUpOption <em>Speed Up Option</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.SpeedUpOption
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getSpeedUpOption()
		 * @generated
		 */
		EEnum SPEED_UP_OPTION = eINSTANCE.getSpeedUpOption();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.RoleMisfitCategory <em>Role Misfit Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.RoleMisfitCategory
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getRoleMisfitCategory()
		 * @generated
		 */
		EEnum ROLE_MISFIT_CATEGORY = eINSTANCE.getRoleMisfitCategory();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.TrainingGroup <em>Training Group</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.TrainingGroup
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getTrainingGroup()
		 * @generated
		 */
		EEnum TRAINING_GROUP = eINSTANCE.getTrainingGroup();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.TrainingAudience <em>Training Audience</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.TrainingAudience
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getTrainingAudience()
		 * @generated
		 */
		EEnum TRAINING_AUDIENCE = eINSTANCE.getTrainingAudience();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.JobDescriptionComponent <em>Job Description Component</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.JobDescriptionComponent
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getJobDescriptionComponent()
		 * @generated
		 */
		EEnum JOB_DESCRIPTION_COMPONENT = eINSTANCE.getJobDescriptionComponent();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.catalog.PopulationServed <em>Population Served</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.catalog.PopulationServed
		 * @see org.peerplan.model.catalog.impl.CatalogPackageImpl#getPopulationServed()
		 * @generated
		 */
		EEnum POPULATION_SERVED = eINSTANCE.getPopulationServed();

	}

} //CatalogPackage
