/**
 */
package org.peerplan.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
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
 * One agency's implementation plan for integrating peer support workers.
 * <!-- end-model-doc -->
 * @see org.peerplan.model.PeerPlanFactory
 * @model kind="package"
 * @generated
 */
public interface PeerPlanPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.peerplan.org/peerplan/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "peerplan";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PeerPlanPackage eINSTANCE = org.peerplan.model.impl.PeerPlanPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.ImplementationPlanImpl <em>Implementation Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.ImplementationPlanImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getImplementationPlan()
	 * @generated
	 */
	int IMPLEMENTATION_PLAN = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__NAME = 0;

	/**
	 * The feature id for the '<em><b>Consultant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__CONSULTANT = 1;

	/**
	 * The feature id for the '<em><b>Prepared On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__PREPARED_ON = 2;

	/**
	 * The feature id for the '<em><b>Agency</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__AGENCY = 3;

	/**
	 * The feature id for the '<em><b>Readiness</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__READINESS = 4;

	/**
	 * The feature id for the '<em><b>Timeline</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__TIMELINE = 5;

	/**
	 * The feature id for the '<em><b>Policy Review</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__POLICY_REVIEW = 6;

	/**
	 * The feature id for the '<em><b>Root Cause Analyses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__ROOT_CAUSE_ANALYSES = 7;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__ACTIONS = 8;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__ROLES = 9;

	/**
	 * The feature id for the '<em><b>Supervision</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__SUPERVISION = 10;

	/**
	 * The feature id for the '<em><b>Training Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__TRAINING_PLAN = 11;

	/**
	 * The feature id for the '<em><b>Budget</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__BUDGET = 12;

	/**
	 * The feature id for the '<em><b>Risks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__RISKS = 13;

	/**
	 * The feature id for the '<em><b>Decisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__DECISIONS = 14;

	/**
	 * The feature id for the '<em><b>Outcomes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__OUTCOMES = 15;

	/**
	 * The feature id for the '<em><b>Performance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__PERFORMANCE = 16;

	/**
	 * The feature id for the '<em><b>Rule Waivers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__RULE_WAIVERS = 17;

	/**
	 * The feature id for the '<em><b>Baselines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__BASELINES = 18;

	/**
	 * The feature id for the '<em><b>Current Baseline</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN__CURRENT_BASELINE = 19;

	/**
	 * The number of structural features of the '<em>Implementation Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN_FEATURE_COUNT = 20;

	/**
	 * The number of operations of the '<em>Implementation Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPLEMENTATION_PLAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.AgencyImpl <em>Agency</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.AgencyImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getAgency()
	 * @generated
	 */
	int AGENCY = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__NAME = 0;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__STATE = 1;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__REGION = 2;

	/**
	 * The feature id for the '<em><b>Mission</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__MISSION = 3;

	/**
	 * The feature id for the '<em><b>Vision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__VISION = 4;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__VALUES = 5;

	/**
	 * The feature id for the '<em><b>Bills Medicaid For Peer Services</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__BILLS_MEDICAID_FOR_PEER_SERVICES = 6;

	/**
	 * The feature id for the '<em><b>Living Wage Hourly</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__LIVING_WAGE_HOURLY = 7;

	/**
	 * The feature id for the '<em><b>Lowest Hourly Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__LOWEST_HOURLY_RATE = 8;

	/**
	 * The feature id for the '<em><b>Entry Level Direct Support Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__ENTRY_LEVEL_DIRECT_SUPPORT_RATE = 9;

	/**
	 * The feature id for the '<em><b>Hours Per Fte</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__HOURS_PER_FTE = 10;

	/**
	 * The feature id for the '<em><b>Fringe Benefit Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__FRINGE_BENEFIT_RATE = 11;

	/**
	 * The feature id for the '<em><b>Medicaid Hourly Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__MEDICAID_HOURLY_RATE = 12;

	/**
	 * The feature id for the '<em><b>Billable Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__BILLABLE_SHARE = 13;

	/**
	 * The feature id for the '<em><b>Programs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__PROGRAMS = 14;

	/**
	 * The feature id for the '<em><b>People</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__PEOPLE = 15;

	/**
	 * The feature id for the '<em><b>Funder Constraints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__FUNDER_CONSTRAINTS = 16;

	/**
	 * The feature id for the '<em><b>Advisory Board</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__ADVISORY_BOARD = 17;

	/**
	 * The feature id for the '<em><b>Holidays</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__HOLIDAYS = 18;

	/**
	 * The number of structural features of the '<em>Agency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY_FEATURE_COUNT = 19;

	/**
	 * The number of operations of the '<em>Agency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.HolidayImpl <em>Holiday</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.HolidayImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getHoliday()
	 * @generated
	 */
	int HOLIDAY = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY__DATE = 1;

	/**
	 * The number of structural features of the '<em>Holiday</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Holiday</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.ProgramImpl <em>Program</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.ProgramImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getProgram()
	 * @generated
	 */
	int PROGRAM = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Program</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Program</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.PersonImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__LEVEL = 2;

	/**
	 * The feature id for the '<em><b>Organization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ORGANIZATION = 3;

	/**
	 * The feature id for the '<em><b>Peer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__PEER = 4;

	/**
	 * The feature id for the '<em><b>Champion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__CHAMPION = 5;

	/**
	 * The feature id for the '<em><b>High Level Administrator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__HIGH_LEVEL_ADMINISTRATOR = 6;

	/**
	 * The feature id for the '<em><b>Masters Level Clinician</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__MASTERS_LEVEL_CLINICIAN = 7;

	/**
	 * The feature id for the '<em><b>Trained In Peer Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__TRAINED_IN_PEER_ROLE = 8;

	/**
	 * The feature id for the '<em><b>Peer Supervisor Training</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__PEER_SUPERVISOR_TRAINING = 9;

	/**
	 * The feature id for the '<em><b>Receives Services</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__RECEIVES_SERVICES = 10;

	/**
	 * The feature id for the '<em><b>Named With Lived Experience</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAMED_WITH_LIVED_EXPERIENCE = 11;

	/**
	 * The feature id for the '<em><b>Naming Consent On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAMING_CONSENT_ON = 12;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.FunderConstraintImpl <em>Funder Constraint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.FunderConstraintImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getFunderConstraint()
	 * @generated
	 */
	int FUNDER_CONSTRAINT = 5;

	/**
	 * The feature id for the '<em><b>Funder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDER_CONSTRAINT__FUNDER = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDER_CONSTRAINT__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>First Peer Start By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDER_CONSTRAINT__FIRST_PEER_START_BY = 2;

	/**
	 * The feature id for the '<em><b>Annual Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDER_CONSTRAINT__ANNUAL_AMOUNT = 3;

	/**
	 * The number of structural features of the '<em>Funder Constraint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDER_CONSTRAINT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Funder Constraint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNDER_CONSTRAINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.AdvisoryBoardImpl <em>Advisory Board</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.AdvisoryBoardImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getAdvisoryBoard()
	 * @generated
	 */
	int ADVISORY_BOARD = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVISORY_BOARD__NAME = 0;

	/**
	 * The feature id for the '<em><b>Service User Members</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVISORY_BOARD__SERVICE_USER_MEMBERS = 1;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVISORY_BOARD__MEMBERS = 2;

	/**
	 * The feature id for the '<em><b>Established</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVISORY_BOARD__ESTABLISHED = 3;

	/**
	 * The number of structural features of the '<em>Advisory Board</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVISORY_BOARD_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Advisory Board</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVISORY_BOARD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.ReadinessAssessmentImpl <em>Readiness Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.ReadinessAssessmentImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getReadinessAssessment()
	 * @generated
	 */
	int READINESS_ASSESSMENT = 7;

	/**
	 * The feature id for the '<em><b>Respondents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READINESS_ASSESSMENT__RESPONDENTS = 0;

	/**
	 * The feature id for the '<em><b>Motivation</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READINESS_ASSESSMENT__MOTIVATION = 1;

	/**
	 * The feature id for the '<em><b>Survey Responses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READINESS_ASSESSMENT__SURVEY_RESPONSES = 2;

	/**
	 * The feature id for the '<em><b>Competencies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READINESS_ASSESSMENT__COMPETENCIES = 3;

	/**
	 * The feature id for the '<em><b>Benchmarks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READINESS_ASSESSMENT__BENCHMARKS = 4;

	/**
	 * The number of structural features of the '<em>Readiness Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READINESS_ASSESSMENT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Readiness Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READINESS_ASSESSMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.RespondentImpl <em>Respondent</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.RespondentImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getRespondent()
	 * @generated
	 */
	int RESPONDENT = 8;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONDENT__PERSON = 0;

	/**
	 * The feature id for the '<em><b>Answered On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONDENT__ANSWERED_ON = 1;

	/**
	 * The feature id for the '<em><b>Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONDENT__ANSWERS = 2;

	/**
	 * The number of structural features of the '<em>Respondent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONDENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Respondent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONDENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.QuizAnswerImpl <em>Quiz Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.QuizAnswerImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getQuizAnswer()
	 * @generated
	 */
	int QUIZ_ANSWER = 9;

	/**
	 * The feature id for the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUIZ_ANSWER__ITEM = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUIZ_ANSWER__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUIZ_ANSWER__COMMENT = 2;

	/**
	 * The number of structural features of the '<em>Quiz Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUIZ_ANSWER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Quiz Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUIZ_ANSWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.MotivationAnswerImpl <em>Motivation Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.MotivationAnswerImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getMotivationAnswer()
	 * @generated
	 */
	int MOTIVATION_ANSWER = 10;

	/**
	 * The feature id for the '<em><b>Question</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOTIVATION_ANSWER__QUESTION = 0;

	/**
	 * The feature id for the '<em><b>Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOTIVATION_ANSWER__ANSWER = 1;

	/**
	 * The feature id for the '<em><b>Struggled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOTIVATION_ANSWER__STRUGGLED = 2;

	/**
	 * The number of structural features of the '<em>Motivation Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOTIVATION_ANSWER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Motivation Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOTIVATION_ANSWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.SurveyResponseImpl <em>Survey Response</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.SurveyResponseImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getSurveyResponse()
	 * @generated
	 */
	int SURVEY_RESPONSE = 11;

	/**
	 * The feature id for the '<em><b>Respondent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_RESPONSE__RESPONDENT = 0;

	/**
	 * The feature id for the '<em><b>Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_RESPONSE__ANSWERS = 1;

	/**
	 * The number of structural features of the '<em>Survey Response</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_RESPONSE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Survey Response</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_RESPONSE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.SurveyAnswerImpl <em>Survey Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.SurveyAnswerImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getSurveyAnswer()
	 * @generated
	 */
	int SURVEY_ANSWER = 12;

	/**
	 * The feature id for the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_ANSWER__ITEM = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_ANSWER__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Survey Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_ANSWER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Survey Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_ANSWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.CompetencyAssessmentImpl <em>Competency Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.CompetencyAssessmentImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getCompetencyAssessment()
	 * @generated
	 */
	int COMPETENCY_ASSESSMENT = 13;

	/**
	 * The feature id for the '<em><b>Competency</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETENCY_ASSESSMENT__COMPETENCY = 0;

	/**
	 * The feature id for the '<em><b>Rating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETENCY_ASSESSMENT__RATING = 1;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETENCY_ASSESSMENT__NOTES = 2;

	/**
	 * The feature id for the '<em><b>Assessed By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETENCY_ASSESSMENT__ASSESSED_BY = 3;

	/**
	 * The feature id for the '<em><b>Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETENCY_ASSESSMENT__ANSWERS = 4;

	/**
	 * The number of structural features of the '<em>Competency Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETENCY_ASSESSMENT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Competency Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETENCY_ASSESSMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.AssessmentAnswerImpl <em>Assessment Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.AssessmentAnswerImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getAssessmentAnswer()
	 * @generated
	 */
	int ASSESSMENT_ANSWER = 14;

	/**
	 * The feature id for the '<em><b>Question</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_ANSWER__QUESTION = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_ANSWER__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_ANSWER__NOTES = 2;

	/**
	 * The number of structural features of the '<em>Assessment Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_ANSWER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Assessment Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_ANSWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.TimelineBenchmarkImpl <em>Timeline Benchmark</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.TimelineBenchmarkImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getTimelineBenchmark()
	 * @generated
	 */
	int TIMELINE_BENCHMARK = 15;

	/**
	 * The feature id for the '<em><b>Organization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_BENCHMARK__ORGANIZATION = 0;

	/**
	 * The feature id for the '<em><b>Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_BENCHMARK__MONTHS = 1;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_BENCHMARK__NOTES = 2;

	/**
	 * The number of structural features of the '<em>Timeline Benchmark</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_BENCHMARK_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Timeline Benchmark</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_BENCHMARK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.TimelineImpl <em>Timeline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.TimelineImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getTimeline()
	 * @generated
	 */
	int TIMELINE = 16;

	/**
	 * The feature id for the '<em><b>Plan Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE__PLAN_START = 0;

	/**
	 * The feature id for the '<em><b>First Peer Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE__FIRST_PEER_START = 1;

	/**
	 * The feature id for the '<em><b>Stages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE__STAGES = 2;

	/**
	 * The feature id for the '<em><b>Speed Ups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE__SPEED_UPS = 3;

	/**
	 * The number of structural features of the '<em>Timeline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Timeline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.StageImpl <em>Stage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.StageImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getStage()
	 * @generated
	 */
	int STAGE = 17;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Template</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__TEMPLATE = 2;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__TASKS = 3;

	/**
	 * The number of structural features of the '<em>Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.TaskImpl <em>Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.TaskImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getTask()
	 * @generated
	 */
	int TASK = 18;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__OWNER = 2;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__START = 3;

	/**
	 * The feature id for the '<em><b>Duration Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__DURATION_DAYS = 4;

	/**
	 * The feature id for the '<em><b>Depends On</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__DEPENDS_ON = 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__STATUS = 6;

	/**
	 * The feature id for the '<em><b>Milestone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__MILESTONE = 7;

	/**
	 * The feature id for the '<em><b>Deliverable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__DELIVERABLE = 8;

	/**
	 * The feature id for the '<em><b>Guidance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__GUIDANCE = 9;

	/**
	 * The feature id for the '<em><b>Template</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__TEMPLATE = 10;

	/**
	 * The feature id for the '<em><b>Covers</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__COVERS = 11;

	/**
	 * The number of structural features of the '<em>Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.SpeedUpChoiceImpl <em>Speed Up Choice</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.SpeedUpChoiceImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getSpeedUpChoice()
	 * @generated
	 */
	int SPEED_UP_CHOICE = 19;

	/**
	 * The feature id for the '<em><b>Option</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEED_UP_CHOICE__OPTION = 0;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEED_UP_CHOICE__RATIONALE = 1;

	/**
	 * The feature id for the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEED_UP_CHOICE__COST = 2;

	/**
	 * The feature id for the '<em><b>Task</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEED_UP_CHOICE__TASK = 3;

	/**
	 * The number of structural features of the '<em>Speed Up Choice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEED_UP_CHOICE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Speed Up Choice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEED_UP_CHOICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.PolicyReviewImpl <em>Policy Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.PolicyReviewImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPolicyReview()
	 * @generated
	 */
	int POLICY_REVIEW = 20;

	/**
	 * The feature id for the '<em><b>Reviewed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_REVIEW__REVIEWED_ON = 0;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_REVIEW__REVIEWER = 1;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_REVIEW__FINDINGS = 2;

	/**
	 * The feature id for the '<em><b>Policies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_REVIEW__POLICIES = 3;

	/**
	 * The feature id for the '<em><b>Planning Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_REVIEW__PLANNING_ITEMS = 4;

	/**
	 * The feature id for the '<em><b>Risk Factors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_REVIEW__RISK_FACTORS = 5;

	/**
	 * The number of structural features of the '<em>Policy Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_REVIEW_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Policy Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_REVIEW_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.PolicyFindingImpl <em>Policy Finding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.PolicyFindingImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPolicyFinding()
	 * @generated
	 */
	int POLICY_FINDING = 21;

	/**
	 * The feature id for the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_FINDING__ITEM = 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_FINDING__STATUS = 1;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_FINDING__EVIDENCE = 2;

	/**
	 * The number of structural features of the '<em>Policy Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_FINDING_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Policy Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_FINDING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.PolicyImpl <em>Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.PolicyImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPolicy()
	 * @generated
	 */
	int POLICY = 22;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Peer Roles Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__PEER_ROLES_ONLY = 2;

	/**
	 * The feature id for the '<em><b>Flexible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__FLEXIBLE = 3;

	/**
	 * The number of structural features of the '<em>Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.PlanningItemStatusImpl <em>Planning Item Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.PlanningItemStatusImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPlanningItemStatus()
	 * @generated
	 */
	int PLANNING_ITEM_STATUS = 23;

	/**
	 * The feature id for the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ITEM_STATUS__ITEM = 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ITEM_STATUS__STATUS = 1;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ITEM_STATUS__OWNER = 2;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ITEM_STATUS__NOTES = 3;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ITEM_STATUS__ACTIONS = 4;

	/**
	 * The number of structural features of the '<em>Planning Item Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ITEM_STATUS_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Planning Item Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ITEM_STATUS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.RiskFactorMappingImpl <em>Risk Factor Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.RiskFactorMappingImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getRiskFactorMapping()
	 * @generated
	 */
	int RISK_FACTOR_MAPPING = 24;

	/**
	 * The feature id for the '<em><b>Factor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_FACTOR_MAPPING__FACTOR = 0;

	/**
	 * The feature id for the '<em><b>Current Practice</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_FACTOR_MAPPING__CURRENT_PRACTICE = 1;

	/**
	 * The feature id for the '<em><b>Gap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_FACTOR_MAPPING__GAP = 2;

	/**
	 * The feature id for the '<em><b>Policies</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_FACTOR_MAPPING__POLICIES = 3;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_FACTOR_MAPPING__ACTIONS = 4;

	/**
	 * The number of structural features of the '<em>Risk Factor Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_FACTOR_MAPPING_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Risk Factor Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_FACTOR_MAPPING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.RootCauseAnalysisImpl <em>Root Cause Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.RootCauseAnalysisImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getRootCauseAnalysis()
	 * @generated
	 */
	int ROOT_CAUSE_ANALYSIS = 25;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOT_CAUSE_ANALYSIS__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Challenge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOT_CAUSE_ANALYSIS__CHALLENGE = 1;

	/**
	 * The feature id for the '<em><b>Current Situation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOT_CAUSE_ANALYSIS__CURRENT_SITUATION = 2;

	/**
	 * The feature id for the '<em><b>Related Findings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOT_CAUSE_ANALYSIS__RELATED_FINDINGS = 3;

	/**
	 * The feature id for the '<em><b>Related Competency</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOT_CAUSE_ANALYSIS__RELATED_COMPETENCY = 4;

	/**
	 * The feature id for the '<em><b>Causes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOT_CAUSE_ANALYSIS__CAUSES = 5;

	/**
	 * The number of structural features of the '<em>Root Cause Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOT_CAUSE_ANALYSIS_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Root Cause Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOT_CAUSE_ANALYSIS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.CauseImpl <em>Cause</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.CauseImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getCause()
	 * @generated
	 */
	int CAUSE = 26;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSE__CATEGORY = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSE__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Whys</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSE__WHYS = 2;

	/**
	 * The feature id for the '<em><b>Details</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSE__DETAILS = 3;

	/**
	 * The feature id for the '<em><b>Sub Causes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSE__SUB_CAUSES = 4;

	/**
	 * The feature id for the '<em><b>Interventions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSE__INTERVENTIONS = 5;

	/**
	 * The number of structural features of the '<em>Cause</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Cause</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAUSE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.WhyImpl <em>Why</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.WhyImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getWhy()
	 * @generated
	 */
	int WHY = 27;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WHY__TEXT = 0;

	/**
	 * The number of structural features of the '<em>Why</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WHY_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Why</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WHY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.InterventionImpl <em>Intervention</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.InterventionImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getIntervention()
	 * @generated
	 */
	int INTERVENTION = 28;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__ACTIONS = 1;

	/**
	 * The number of structural features of the '<em>Intervention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Intervention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.ActionImpl <em>Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.ActionImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getAction()
	 * @generated
	 */
	int ACTION = 29;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__OWNER = 2;

	/**
	 * The feature id for the '<em><b>Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__DUE = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__COST = 5;

	/**
	 * The feature id for the '<em><b>Success Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__SUCCESS_MEASURE = 6;

	/**
	 * The feature id for the '<em><b>Addresses</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__ADDRESSES = 7;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__FINDINGS = 8;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__TASKS = 9;

	/**
	 * The number of structural features of the '<em>Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.PeerRoleImpl <em>Peer Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.PeerRoleImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPeerRole()
	 * @generated
	 */
	int PEER_ROLE = 30;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__POPULATION = 2;

	/**
	 * The feature id for the '<em><b>Lived Experience Requirement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__LIVED_EXPERIENCE_REQUIREMENT = 3;

	/**
	 * The feature id for the '<em><b>Program</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__PROGRAM = 4;

	/**
	 * The feature id for the '<em><b>Fte</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__FTE = 5;

	/**
	 * The feature id for the '<em><b>Hours Per Week</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__HOURS_PER_WEEK = 6;

	/**
	 * The feature id for the '<em><b>Hourly Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__HOURLY_RATE = 7;

	/**
	 * The feature id for the '<em><b>Pay Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__PAY_PATTERN = 8;

	/**
	 * The feature id for the '<em><b>Pay Benchmarked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__PAY_BENCHMARKED = 9;

	/**
	 * The feature id for the '<em><b>Pay Recognizes Lived Experience</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__PAY_RECOGNIZES_LIVED_EXPERIENCE = 10;

	/**
	 * The feature id for the '<em><b>Pay Linked To Training</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__PAY_LINKED_TO_TRAINING = 11;

	/**
	 * The feature id for the '<em><b>Reports To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__REPORTS_TO = 12;

	/**
	 * The feature id for the '<em><b>Administrative Supervisor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__ADMINISTRATIVE_SUPERVISOR = 13;

	/**
	 * The feature id for the '<em><b>Professional Development Supervisor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__PROFESSIONAL_DEVELOPMENT_SUPERVISOR = 14;

	/**
	 * The feature id for the '<em><b>Supervisor Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__SUPERVISOR_SOURCE = 15;

	/**
	 * The feature id for the '<em><b>Contracted Supervision Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__CONTRACTED_SUPERVISION_PER_YEAR = 16;

	/**
	 * The feature id for the '<em><b>Check In Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__CHECK_IN_FREQUENCY = 17;

	/**
	 * The feature id for the '<em><b>Caseload</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__CASELOAD = 18;

	/**
	 * The feature id for the '<em><b>Drives</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__DRIVES = 19;

	/**
	 * The feature id for the '<em><b>Certification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__CERTIFICATION = 20;

	/**
	 * The feature id for the '<em><b>Certification Within Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__CERTIFICATION_WITHIN_MONTHS = 21;

	/**
	 * The feature id for the '<em><b>Planned Ce Hours Per Two Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__PLANNED_CE_HOURS_PER_TWO_YEARS = 22;

	/**
	 * The feature id for the '<em><b>Hiring Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__HIRING_RATIONALE = 23;

	/**
	 * The feature id for the '<em><b>Filled By Retitling</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__FILLED_BY_RETITLING = 24;

	/**
	 * The feature id for the '<em><b>Minimum Applicants</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__MINIMUM_APPLICANTS = 25;

	/**
	 * The feature id for the '<em><b>Duties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__DUTIES = 26;

	/**
	 * The feature id for the '<em><b>Career Ladder</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__CAREER_LADDER = 27;

	/**
	 * The feature id for the '<em><b>Job Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__JOB_DESCRIPTION = 28;

	/**
	 * The feature id for the '<em><b>Interview</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__INTERVIEW = 29;

	/**
	 * The feature id for the '<em><b>Background Check</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__BACKGROUND_CHECK = 30;

	/**
	 * The feature id for the '<em><b>Holders</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE__HOLDERS = 31;

	/**
	 * The number of structural features of the '<em>Peer Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE_FEATURE_COUNT = 32;

	/**
	 * The number of operations of the '<em>Peer Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_ROLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.DutyImpl <em>Duty</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.DutyImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getDuty()
	 * @generated
	 */
	int DUTY = 31;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Routine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY__ROUTINE = 1;

	/**
	 * The feature id for the '<em><b>Conflicts With</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY__CONFLICTS_WITH = 2;

	/**
	 * The feature id for the '<em><b>Justification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY__JUSTIFICATION = 3;

	/**
	 * The number of structural features of the '<em>Duty</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Duty</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.CareerStepImpl <em>Career Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.CareerStepImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getCareerStep()
	 * @generated
	 */
	int CAREER_STEP = 32;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAREER_STEP__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAREER_STEP__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Career Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAREER_STEP_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Career Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAREER_STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.JobDescriptionImpl <em>Job Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.JobDescriptionImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getJobDescription()
	 * @generated
	 */
	int JOB_DESCRIPTION = 33;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_DESCRIPTION__FUNCTION = 0;

	/**
	 * The feature id for the '<em><b>Reporting Relationships</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_DESCRIPTION__REPORTING_RELATIONSHIPS = 1;

	/**
	 * The feature id for the '<em><b>Supervisor Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_DESCRIPTION__SUPERVISOR_TITLE = 2;

	/**
	 * The feature id for the '<em><b>Responsibilities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_DESCRIPTION__RESPONSIBILITIES = 3;

	/**
	 * The feature id for the '<em><b>Qualifications</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_DESCRIPTION__QUALIFICATIONS = 4;

	/**
	 * The feature id for the '<em><b>Employment Conditions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_DESCRIPTION__EMPLOYMENT_CONDITIONS = 5;

	/**
	 * The feature id for the '<em><b>Pay Range</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_DESCRIPTION__PAY_RANGE = 6;

	/**
	 * The feature id for the '<em><b>Reviewed By Peer Experienced</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_DESCRIPTION__REVIEWED_BY_PEER_EXPERIENCED = 7;

	/**
	 * The feature id for the '<em><b>Approved On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_DESCRIPTION__APPROVED_ON = 8;

	/**
	 * The number of structural features of the '<em>Job Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_DESCRIPTION_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Job Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_DESCRIPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.ResponsibilityImpl <em>Responsibility</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.ResponsibilityImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getResponsibility()
	 * @generated
	 */
	int RESPONSIBILITY = 34;

	/**
	 * The feature id for the '<em><b>Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__AREA = 0;

	/**
	 * The feature id for the '<em><b>Duties</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY__DUTIES = 1;

	/**
	 * The number of structural features of the '<em>Responsibility</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Responsibility</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBILITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.QualificationImpl <em>Qualification</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.QualificationImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getQualification()
	 * @generated
	 */
	int QUALIFICATION = 35;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION__TEXT = 0;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION__REQUIRED = 1;

	/**
	 * The feature id for the '<em><b>Lived Experience</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION__LIVED_EXPERIENCE = 2;

	/**
	 * The number of structural features of the '<em>Qualification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Qualification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALIFICATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.InterviewPlanImpl <em>Interview Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.InterviewPlanImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getInterviewPlan()
	 * @generated
	 */
	int INTERVIEW_PLAN = 36;

	/**
	 * The feature id for the '<em><b>Panel</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW_PLAN__PANEL = 0;

	/**
	 * The feature id for the '<em><b>Peers Wrote Questions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW_PLAN__PEERS_WROTE_QUESTIONS = 1;

	/**
	 * The feature id for the '<em><b>Questions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW_PLAN__QUESTIONS = 2;

	/**
	 * The number of structural features of the '<em>Interview Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW_PLAN_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Interview Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW_PLAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.InterviewQuestionImpl <em>Interview Question</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.InterviewQuestionImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getInterviewQuestion()
	 * @generated
	 */
	int INTERVIEW_QUESTION = 37;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW_QUESTION__TEXT = 0;

	/**
	 * The feature id for the '<em><b>Bank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW_QUESTION__BANK = 1;

	/**
	 * The feature id for the '<em><b>Look For</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW_QUESTION__LOOK_FOR = 2;

	/**
	 * The number of structural features of the '<em>Interview Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW_QUESTION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Interview Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVIEW_QUESTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.BackgroundCheckImpl <em>Background Check</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.BackgroundCheckImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getBackgroundCheck()
	 * @generated
	 */
	int BACKGROUND_CHECK = 38;

	/**
	 * The feature id for the '<em><b>Megans Law</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKGROUND_CHECK__MEGANS_LAW = 0;

	/**
	 * The feature id for the '<em><b>Live Scan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKGROUND_CHECK__LIVE_SCAN = 1;

	/**
	 * The feature id for the '<em><b>Dmv History</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKGROUND_CHECK__DMV_HISTORY = 2;

	/**
	 * The feature id for the '<em><b>Offer Contingent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKGROUND_CHECK__OFFER_CONTINGENT = 3;

	/**
	 * The number of structural features of the '<em>Background Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKGROUND_CHECK_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Background Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKGROUND_CHECK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.SupervisionPlanImpl <em>Supervision Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.SupervisionPlanImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getSupervisionPlan()
	 * @generated
	 */
	int SUPERVISION_PLAN = 39;

	/**
	 * The feature id for the '<em><b>Non Peer Check Ins</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_PLAN__NON_PEER_CHECK_INS = 0;

	/**
	 * The feature id for the '<em><b>Peer Interaction</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_PLAN__PEER_INTERACTION = 1;

	/**
	 * The feature id for the '<em><b>Support Provisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_PLAN__SUPPORT_PROVISIONS = 2;

	/**
	 * The feature id for the '<em><b>Wellbeing Practices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_PLAN__WELLBEING_PRACTICES = 3;

	/**
	 * The number of structural features of the '<em>Supervision Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_PLAN_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Supervision Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_PLAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.PeerInteractionEventImpl <em>Peer Interaction Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.PeerInteractionEventImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPeerInteractionEvent()
	 * @generated
	 */
	int PEER_INTERACTION_EVENT = 40;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_INTERACTION_EVENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_INTERACTION_EVENT__FREQUENCY = 1;

	/**
	 * The feature id for the '<em><b>Facilitated By Peer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_INTERACTION_EVENT__FACILITATED_BY_PEER = 2;

	/**
	 * The number of structural features of the '<em>Peer Interaction Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_INTERACTION_EVENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Peer Interaction Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PEER_INTERACTION_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.SupportProvisionImpl <em>Support Provision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.SupportProvisionImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getSupportProvision()
	 * @generated
	 */
	int SUPPORT_PROVISION = 41;

	/**
	 * The feature id for the '<em><b>Trigger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_PROVISION__TRIGGER = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_PROVISION__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Support Provision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_PROVISION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Support Provision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_PROVISION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.WellbeingPracticeImpl <em>Wellbeing Practice</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.WellbeingPracticeImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getWellbeingPractice()
	 * @generated
	 */
	int WELLBEING_PRACTICE = 42;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WELLBEING_PRACTICE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WELLBEING_PRACTICE__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Wellbeing Practice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WELLBEING_PRACTICE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Wellbeing Practice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WELLBEING_PRACTICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.TrainingPlanImpl <em>Training Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.TrainingPlanImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getTrainingPlan()
	 * @generated
	 */
	int TRAINING_PLAN = 43;

	/**
	 * The feature id for the '<em><b>Sessions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PLAN__SESSIONS = 0;

	/**
	 * The number of structural features of the '<em>Training Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PLAN_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Training Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_PLAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.TrainingSessionImpl <em>Training Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.TrainingSessionImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getTrainingSession()
	 * @generated
	 */
	int TRAINING_SESSION = 44;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Course</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__COURSE = 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__DATE = 2;

	/**
	 * The feature id for the '<em><b>Attendees</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__ATTENDEES = 3;

	/**
	 * The feature id for the '<em><b>Additional Attendees</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__ADDITIONAL_ATTENDEES = 4;

	/**
	 * The feature id for the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__COST = 5;

	/**
	 * The feature id for the '<em><b>Covers</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION__COVERS = 6;

	/**
	 * The number of structural features of the '<em>Training Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Training Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SESSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.BudgetImpl <em>Budget</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.BudgetImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getBudget()
	 * @generated
	 */
	int BUDGET = 45;

	/**
	 * The feature id for the '<em><b>Fiscal Year Start Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__FISCAL_YEAR_START_MONTH = 0;

	/**
	 * The feature id for the '<em><b>Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__LINES = 1;

	/**
	 * The number of structural features of the '<em>Budget</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Budget</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.BudgetLineImpl <em>Budget Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.BudgetLineImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getBudgetLine()
	 * @generated
	 */
	int BUDGET_LINE = 46;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__CATEGORY = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__AMOUNT = 2;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__YEAR = 3;

	/**
	 * The number of structural features of the '<em>Budget Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Budget Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.RiskImpl <em>Risk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.RiskImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getRisk()
	 * @generated
	 */
	int RISK = 47;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__KIND = 2;

	/**
	 * The feature id for the '<em><b>Likelihood</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__LIKELIHOOD = 3;

	/**
	 * The feature id for the '<em><b>Impact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__IMPACT = 4;

	/**
	 * The feature id for the '<em><b>Mitigation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__MITIGATION = 5;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__OWNER = 6;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__ACTIONS = 7;

	/**
	 * The number of structural features of the '<em>Risk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Risk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.PolicyDecisionImpl <em>Policy Decision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.PolicyDecisionImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPolicyDecision()
	 * @generated
	 */
	int POLICY_DECISION = 48;

	/**
	 * The feature id for the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DECISION__TOPIC = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DECISION__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DECISION__POSITION = 2;

	/**
	 * The feature id for the '<em><b>Safeguards</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DECISION__SAFEGUARDS = 3;

	/**
	 * The feature id for the '<em><b>Decided On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DECISION__DECIDED_ON = 4;

	/**
	 * The feature id for the '<em><b>Decided By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DECISION__DECIDED_BY = 5;

	/**
	 * The number of structural features of the '<em>Policy Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DECISION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Policy Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_DECISION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.OutcomeMeasureImpl <em>Outcome Measure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.OutcomeMeasureImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getOutcomeMeasure()
	 * @generated
	 */
	int OUTCOME_MEASURE = 49;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_MEASURE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_MEASURE__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Recovery Based</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_MEASURE__RECOVERY_BASED = 2;

	/**
	 * The feature id for the '<em><b>Defined With Peers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_MEASURE__DEFINED_WITH_PEERS = 3;

	/**
	 * The feature id for the '<em><b>Data Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_MEASURE__DATA_SOURCE = 4;

	/**
	 * The number of structural features of the '<em>Outcome Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_MEASURE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Outcome Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_MEASURE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.PerformanceManagementImpl <em>Performance Management</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.PerformanceManagementImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPerformanceManagement()
	 * @generated
	 */
	int PERFORMANCE_MANAGEMENT = 50;

	/**
	 * The feature id for the '<em><b>Evaluations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_MANAGEMENT__EVALUATIONS = 0;

	/**
	 * The feature id for the '<em><b>Work Plans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_MANAGEMENT__WORK_PLANS = 1;

	/**
	 * The feature id for the '<em><b>Plans Of Action</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_MANAGEMENT__PLANS_OF_ACTION = 2;

	/**
	 * The feature id for the '<em><b>Accommodations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_MANAGEMENT__ACCOMMODATIONS = 3;

	/**
	 * The number of structural features of the '<em>Performance Management</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_MANAGEMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Performance Management</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_MANAGEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.PerformanceEvaluationImpl <em>Performance Evaluation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.PerformanceEvaluationImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPerformanceEvaluation()
	 * @generated
	 */
	int PERFORMANCE_EVALUATION = 51;

	/**
	 * The feature id for the '<em><b>Employee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_EVALUATION__EMPLOYEE = 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_EVALUATION__ROLE = 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_EVALUATION__DATE = 2;

	/**
	 * The feature id for the '<em><b>Ratings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_EVALUATION__RATINGS = 3;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_EVALUATION__COMMENTS = 4;

	/**
	 * The number of structural features of the '<em>Performance Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_EVALUATION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Performance Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_EVALUATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.EvaluationEntryImpl <em>Evaluation Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.EvaluationEntryImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getEvaluationEntry()
	 * @generated
	 */
	int EVALUATION_ENTRY = 52;

	/**
	 * The feature id for the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_ENTRY__ITEM = 0;

	/**
	 * The feature id for the '<em><b>Rating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_ENTRY__RATING = 1;

	/**
	 * The number of structural features of the '<em>Evaluation Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_ENTRY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Evaluation Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.CategoryCommentImpl <em>Category Comment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.CategoryCommentImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getCategoryComment()
	 * @generated
	 */
	int CATEGORY_COMMENT = 53;

	/**
	 * The feature id for the '<em><b>Category</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_COMMENT__CATEGORY = 0;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_COMMENT__COMMENT = 1;

	/**
	 * The number of structural features of the '<em>Category Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_COMMENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Category Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_COMMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.CollaborativeWorkPlanImpl <em>Collaborative Work Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.CollaborativeWorkPlanImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getCollaborativeWorkPlan()
	 * @generated
	 */
	int COLLABORATIVE_WORK_PLAN = 54;

	/**
	 * The feature id for the '<em><b>Employee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLABORATIVE_WORK_PLAN__EMPLOYEE = 0;

	/**
	 * The feature id for the '<em><b>Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLABORATIVE_WORK_PLAN__MANAGER = 1;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLABORATIVE_WORK_PLAN__START_DATE = 2;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLABORATIVE_WORK_PLAN__END_DATE = 3;

	/**
	 * The feature id for the '<em><b>Expiration Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLABORATIVE_WORK_PLAN__EXPIRATION_DATE = 4;

	/**
	 * The feature id for the '<em><b>Meeting Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLABORATIVE_WORK_PLAN__MEETING_FREQUENCY = 5;

	/**
	 * The feature id for the '<em><b>Meeting Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLABORATIVE_WORK_PLAN__MEETING_MINUTES = 6;

	/**
	 * The feature id for the '<em><b>Meeting Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLABORATIVE_WORK_PLAN__MEETING_DAY = 7;

	/**
	 * The feature id for the '<em><b>Meeting Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLABORATIVE_WORK_PLAN__MEETING_TIME = 8;

	/**
	 * The feature id for the '<em><b>Basics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLABORATIVE_WORK_PLAN__BASICS = 9;

	/**
	 * The feature id for the '<em><b>Needs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLABORATIVE_WORK_PLAN__NEEDS = 10;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLABORATIVE_WORK_PLAN__STEPS = 11;

	/**
	 * The feature id for the '<em><b>Success Indicators</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLABORATIVE_WORK_PLAN__SUCCESS_INDICATORS = 12;

	/**
	 * The number of structural features of the '<em>Collaborative Work Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLABORATIVE_WORK_PLAN_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Collaborative Work Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLABORATIVE_WORK_PLAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.DevelopmentPlanAnswerImpl <em>Development Plan Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.DevelopmentPlanAnswerImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getDevelopmentPlanAnswer()
	 * @generated
	 */
	int DEVELOPMENT_PLAN_ANSWER = 55;

	/**
	 * The feature id for the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPMENT_PLAN_ANSWER__ITEM = 0;

	/**
	 * The feature id for the '<em><b>Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPMENT_PLAN_ANSWER__ANSWER = 1;

	/**
	 * The feature id for the '<em><b>Addressed By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPMENT_PLAN_ANSWER__ADDRESSED_BY = 2;

	/**
	 * The number of structural features of the '<em>Development Plan Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPMENT_PLAN_ANSWER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Development Plan Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPMENT_PLAN_ANSWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.WorkPlanNeedImpl <em>Work Plan Need</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.WorkPlanNeedImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getWorkPlanNeed()
	 * @generated
	 */
	int WORK_PLAN_NEED = 56;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN_NEED__TYPE = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN_NEED__TEXT = 1;

	/**
	 * The number of structural features of the '<em>Work Plan Need</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN_NEED_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Work Plan Need</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN_NEED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.WorkPlanStepImpl <em>Work Plan Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.WorkPlanStepImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getWorkPlanStep()
	 * @generated
	 */
	int WORK_PLAN_STEP = 57;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN_STEP__OWNER = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN_STEP__TEXT = 1;

	/**
	 * The number of structural features of the '<em>Work Plan Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN_STEP_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Work Plan Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN_STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.PlanOfActionImpl <em>Plan Of Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.PlanOfActionImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPlanOfAction()
	 * @generated
	 */
	int PLAN_OF_ACTION = 58;

	/**
	 * The feature id for the '<em><b>Employee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_OF_ACTION__EMPLOYEE = 0;

	/**
	 * The feature id for the '<em><b>Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_OF_ACTION__AREA = 1;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_OF_ACTION__START_DATE = 2;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_OF_ACTION__END_DATE = 3;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_OF_ACTION__OUTCOME = 4;

	/**
	 * The number of structural features of the '<em>Plan Of Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_OF_ACTION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Plan Of Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_OF_ACTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.AccommodationImpl <em>Accommodation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.AccommodationImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getAccommodation()
	 * @generated
	 */
	int ACCOMMODATION = 59;

	/**
	 * The feature id for the '<em><b>Employee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOMMODATION__EMPLOYEE = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOMMODATION__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Lowers Expectations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOMMODATION__LOWERS_EXPECTATIONS = 2;

	/**
	 * The number of structural features of the '<em>Accommodation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOMMODATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Accommodation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOMMODATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.RuleWaiverImpl <em>Rule Waiver</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.RuleWaiverImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getRuleWaiver()
	 * @generated
	 */
	int RULE_WAIVER = 60;

	/**
	 * The feature id for the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_WAIVER__RULE_ID = 0;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_WAIVER__REASON = 1;

	/**
	 * The feature id for the '<em><b>Waived By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_WAIVER__WAIVED_BY = 2;

	/**
	 * The feature id for the '<em><b>Waived On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_WAIVER__WAIVED_ON = 3;

	/**
	 * The number of structural features of the '<em>Rule Waiver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_WAIVER_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Rule Waiver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_WAIVER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.BaselineImpl <em>Baseline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.BaselineImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getBaseline()
	 * @generated
	 */
	int BASELINE = 61;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Set On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__SET_ON = 1;

	/**
	 * The feature id for the '<em><b>First Peer Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__FIRST_PEER_START = 2;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__TASKS = 3;

	/**
	 * The feature id for the '<em><b>Budget Years</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__BUDGET_YEARS = 4;

	/**
	 * The feature id for the '<em><b>Open Findings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__OPEN_FINDINGS = 5;

	/**
	 * The number of structural features of the '<em>Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.TaskBaselineImpl <em>Task Baseline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.TaskBaselineImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getTaskBaseline()
	 * @generated
	 */
	int TASK_BASELINE = 62;

	/**
	 * The feature id for the '<em><b>Task Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_BASELINE__TASK_ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_BASELINE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_BASELINE__STAGE = 2;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_BASELINE__START = 3;

	/**
	 * The feature id for the '<em><b>Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_BASELINE__FINISH = 4;

	/**
	 * The feature id for the '<em><b>Duration Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_BASELINE__DURATION_DAYS = 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_BASELINE__STATUS = 6;

	/**
	 * The number of structural features of the '<em>Task Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_BASELINE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Task Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_BASELINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.BudgetYearBaselineImpl <em>Budget Year Baseline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.BudgetYearBaselineImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getBudgetYearBaseline()
	 * @generated
	 */
	int BUDGET_YEAR_BASELINE = 63;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_YEAR_BASELINE__YEAR = 0;

	/**
	 * The feature id for the '<em><b>Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_YEAR_BASELINE__TOTAL = 1;

	/**
	 * The number of structural features of the '<em>Budget Year Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_YEAR_BASELINE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Budget Year Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_YEAR_BASELINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.impl.FindingBaselineImpl <em>Finding Baseline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.impl.FindingBaselineImpl
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getFindingBaseline()
	 * @generated
	 */
	int FINDING_BASELINE = 64;

	/**
	 * The feature id for the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_BASELINE__RULE_ID = 0;

	/**
	 * The feature id for the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_BASELINE__PLACE = 1;

	/**
	 * The feature id for the '<em><b>Element Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_BASELINE__ELEMENT_ID = 2;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_BASELINE__MESSAGE = 3;

	/**
	 * The number of structural features of the '<em>Finding Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_BASELINE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Finding Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_BASELINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.peerplan.model.StaffLevel <em>Staff Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.StaffLevel
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getStaffLevel()
	 * @generated
	 */
	int STAFF_LEVEL = 65;

	/**
	 * The meta object id for the '{@link org.peerplan.model.QuizAnswerValue <em>Quiz Answer Value</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.QuizAnswerValue
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getQuizAnswerValue()
	 * @generated
	 */
	int QUIZ_ANSWER_VALUE = 66;

	/**
	 * The meta object id for the '{@link org.peerplan.model.LikertAgreement <em>Likert Agreement</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.LikertAgreement
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getLikertAgreement()
	 * @generated
	 */
	int LIKERT_AGREEMENT = 67;

	/**
	 * The meta object id for the '{@link org.peerplan.model.AssessmentAnswerValue <em>Assessment Answer Value</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.AssessmentAnswerValue
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getAssessmentAnswerValue()
	 * @generated
	 */
	int ASSESSMENT_ANSWER_VALUE = 68;

	/**
	 * The meta object id for the '{@link org.peerplan.model.CompetencyRating <em>Competency Rating</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.CompetencyRating
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getCompetencyRating()
	 * @generated
	 */
	int COMPETENCY_RATING = 69;

	/**
	 * The meta object id for the '{@link org.peerplan.model.TaskStatus <em>Task Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.TaskStatus
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getTaskStatus()
	 * @generated
	 */
	int TASK_STATUS = 70;

	/**
	 * The meta object id for the '{@link org.peerplan.model.FindingStatus <em>Finding Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.FindingStatus
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getFindingStatus()
	 * @generated
	 */
	int FINDING_STATUS = 71;

	/**
	 * The meta object id for the '{@link org.peerplan.model.PlanningStatus <em>Planning Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.PlanningStatus
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPlanningStatus()
	 * @generated
	 */
	int PLANNING_STATUS = 72;

	/**
	 * The meta object id for the '{@link org.peerplan.model.RootCauseCategory <em>Root Cause Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.RootCauseCategory
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getRootCauseCategory()
	 * @generated
	 */
	int ROOT_CAUSE_CATEGORY = 73;

	/**
	 * The meta object id for the '{@link org.peerplan.model.ActionStatus <em>Action Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.ActionStatus
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getActionStatus()
	 * @generated
	 */
	int ACTION_STATUS = 74;

	/**
	 * The meta object id for the '{@link org.peerplan.model.PeerWorkerType <em>Peer Worker Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.PeerWorkerType
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPeerWorkerType()
	 * @generated
	 */
	int PEER_WORKER_TYPE = 75;

	/**
	 * The meta object id for the '{@link org.peerplan.model.PayPattern <em>Pay Pattern</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.PayPattern
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPayPattern()
	 * @generated
	 */
	int PAY_PATTERN = 76;

	/**
	 * The meta object id for the '{@link org.peerplan.model.PeerSupervisorSource <em>Peer Supervisor Source</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.PeerSupervisorSource
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPeerSupervisorSource()
	 * @generated
	 */
	int PEER_SUPERVISOR_SOURCE = 77;

	/**
	 * The meta object id for the '{@link org.peerplan.model.CheckInFrequency <em>Check In Frequency</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.CheckInFrequency
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getCheckInFrequency()
	 * @generated
	 */
	int CHECK_IN_FREQUENCY = 78;

	/**
	 * The meta object id for the '{@link org.peerplan.model.EventFrequency <em>Event Frequency</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.EventFrequency
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getEventFrequency()
	 * @generated
	 */
	int EVENT_FREQUENCY = 79;

	/**
	 * The meta object id for the '{@link org.peerplan.model.RiskLevel <em>Risk Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.RiskLevel
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getRiskLevel()
	 * @generated
	 */
	int RISK_LEVEL = 80;

	/**
	 * The meta object id for the '{@link org.peerplan.model.RiskKind <em>Risk Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.RiskKind
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getRiskKind()
	 * @generated
	 */
	int RISK_KIND = 81;

	/**
	 * The meta object id for the '{@link org.peerplan.model.BudgetCategory <em>Budget Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.BudgetCategory
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getBudgetCategory()
	 * @generated
	 */
	int BUDGET_CATEGORY = 82;

	/**
	 * The meta object id for the '{@link org.peerplan.model.DecisionTopic <em>Decision Topic</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.DecisionTopic
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getDecisionTopic()
	 * @generated
	 */
	int DECISION_TOPIC = 83;

	/**
	 * The meta object id for the '{@link org.peerplan.model.SupportTrigger <em>Support Trigger</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.SupportTrigger
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getSupportTrigger()
	 * @generated
	 */
	int SUPPORT_TRIGGER = 84;

	/**
	 * The meta object id for the '{@link org.peerplan.model.WellbeingPracticeKind <em>Wellbeing Practice Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.WellbeingPracticeKind
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getWellbeingPracticeKind()
	 * @generated
	 */
	int WELLBEING_PRACTICE_KIND = 85;

	/**
	 * The meta object id for the '{@link org.peerplan.model.InterviewQuestionBank <em>Interview Question Bank</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.InterviewQuestionBank
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getInterviewQuestionBank()
	 * @generated
	 */
	int INTERVIEW_QUESTION_BANK = 86;

	/**
	 * The meta object id for the '{@link org.peerplan.model.EvaluationRating <em>Evaluation Rating</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.EvaluationRating
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getEvaluationRating()
	 * @generated
	 */
	int EVALUATION_RATING = 87;

	/**
	 * The meta object id for the '{@link org.peerplan.model.WorkPlanNeedType <em>Work Plan Need Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.WorkPlanNeedType
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getWorkPlanNeedType()
	 * @generated
	 */
	int WORK_PLAN_NEED_TYPE = 88;

	/**
	 * The meta object id for the '{@link org.peerplan.model.WorkPlanParty <em>Work Plan Party</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.WorkPlanParty
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getWorkPlanParty()
	 * @generated
	 */
	int WORK_PLAN_PARTY = 89;

	/**
	 * The meta object id for the '{@link org.peerplan.model.PlanOfActionOutcome <em>Plan Of Action Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.PlanOfActionOutcome
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPlanOfActionOutcome()
	 * @generated
	 */
	int PLAN_OF_ACTION_OUTCOME = 90;

	/**
	 * The meta object id for the '{@link org.peerplan.model.YesNo <em>Yes No</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.peerplan.model.YesNo
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getYesNo()
	 * @generated
	 */
	int YES_NO = 91;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 92;


	/**
	 * Returns the meta object for class '{@link org.peerplan.model.ImplementationPlan <em>Implementation Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Implementation Plan</em>'.
	 * @see org.peerplan.model.ImplementationPlan
	 * @generated
	 */
	EClass getImplementationPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.ImplementationPlan#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.peerplan.model.ImplementationPlan#getName()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EAttribute getImplementationPlan_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.ImplementationPlan#getConsultant <em>Consultant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consultant</em>'.
	 * @see org.peerplan.model.ImplementationPlan#getConsultant()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EAttribute getImplementationPlan_Consultant();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.ImplementationPlan#getPreparedOn <em>Prepared On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prepared On</em>'.
	 * @see org.peerplan.model.ImplementationPlan#getPreparedOn()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EAttribute getImplementationPlan_PreparedOn();

	/**
	 * Returns the meta object for the containment reference '{@link org.peerplan.model.ImplementationPlan#getAgency <em>Agency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Agency</em>'.
	 * @see org.peerplan.model.ImplementationPlan#getAgency()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_Agency();

	/**
	 * Returns the meta object for the containment reference '{@link org.peerplan.model.ImplementationPlan#getReadiness <em>Readiness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Readiness</em>'.
	 * @see org.peerplan.model.ImplementationPlan#getReadiness()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_Readiness();

	/**
	 * Returns the meta object for the containment reference '{@link org.peerplan.model.ImplementationPlan#getTimeline <em>Timeline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Timeline</em>'.
	 * @see org.peerplan.model.ImplementationPlan#getTimeline()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_Timeline();

	/**
	 * Returns the meta object for the containment reference '{@link org.peerplan.model.ImplementationPlan#getPolicyReview <em>Policy Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Policy Review</em>'.
	 * @see org.peerplan.model.ImplementationPlan#getPolicyReview()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_PolicyReview();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.ImplementationPlan#getRootCauseAnalyses <em>Root Cause Analyses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Root Cause Analyses</em>'.
	 * @see org.peerplan.model.ImplementationPlan#getRootCauseAnalyses()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_RootCauseAnalyses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.ImplementationPlan#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see org.peerplan.model.ImplementationPlan#getActions()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_Actions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.ImplementationPlan#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roles</em>'.
	 * @see org.peerplan.model.ImplementationPlan#getRoles()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_Roles();

	/**
	 * Returns the meta object for the containment reference '{@link org.peerplan.model.ImplementationPlan#getSupervision <em>Supervision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Supervision</em>'.
	 * @see org.peerplan.model.ImplementationPlan#getSupervision()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_Supervision();

	/**
	 * Returns the meta object for the containment reference '{@link org.peerplan.model.ImplementationPlan#getTrainingPlan <em>Training Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Training Plan</em>'.
	 * @see org.peerplan.model.ImplementationPlan#getTrainingPlan()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_TrainingPlan();

	/**
	 * Returns the meta object for the containment reference '{@link org.peerplan.model.ImplementationPlan#getBudget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Budget</em>'.
	 * @see org.peerplan.model.ImplementationPlan#getBudget()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_Budget();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.ImplementationPlan#getRisks <em>Risks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Risks</em>'.
	 * @see org.peerplan.model.ImplementationPlan#getRisks()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_Risks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.ImplementationPlan#getDecisions <em>Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Decisions</em>'.
	 * @see org.peerplan.model.ImplementationPlan#getDecisions()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_Decisions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.ImplementationPlan#getOutcomes <em>Outcomes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Outcomes</em>'.
	 * @see org.peerplan.model.ImplementationPlan#getOutcomes()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_Outcomes();

	/**
	 * Returns the meta object for the containment reference '{@link org.peerplan.model.ImplementationPlan#getPerformance <em>Performance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Performance</em>'.
	 * @see org.peerplan.model.ImplementationPlan#getPerformance()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_Performance();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.ImplementationPlan#getRuleWaivers <em>Rule Waivers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rule Waivers</em>'.
	 * @see org.peerplan.model.ImplementationPlan#getRuleWaivers()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_RuleWaivers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.ImplementationPlan#getBaselines <em>Baselines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Baselines</em>'.
	 * @see org.peerplan.model.ImplementationPlan#getBaselines()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_Baselines();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.ImplementationPlan#getCurrentBaseline <em>Current Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Current Baseline</em>'.
	 * @see org.peerplan.model.ImplementationPlan#getCurrentBaseline()
	 * @see #getImplementationPlan()
	 * @generated
	 */
	EReference getImplementationPlan_CurrentBaseline();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.Agency <em>Agency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agency</em>'.
	 * @see org.peerplan.model.Agency
	 * @generated
	 */
	EClass getAgency();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Agency#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.peerplan.model.Agency#getName()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Agency#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.peerplan.model.Agency#getState()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_State();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Agency#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.peerplan.model.Agency#getRegion()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Agency#getMission <em>Mission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mission</em>'.
	 * @see org.peerplan.model.Agency#getMission()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_Mission();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Agency#getVision <em>Vision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vision</em>'.
	 * @see org.peerplan.model.Agency#getVision()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_Vision();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Agency#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Values</em>'.
	 * @see org.peerplan.model.Agency#getValues()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_Values();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Agency#isBillsMedicaidForPeerServices <em>Bills Medicaid For Peer Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bills Medicaid For Peer Services</em>'.
	 * @see org.peerplan.model.Agency#isBillsMedicaidForPeerServices()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_BillsMedicaidForPeerServices();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Agency#getLivingWageHourly <em>Living Wage Hourly</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Living Wage Hourly</em>'.
	 * @see org.peerplan.model.Agency#getLivingWageHourly()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_LivingWageHourly();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Agency#getLowestHourlyRate <em>Lowest Hourly Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lowest Hourly Rate</em>'.
	 * @see org.peerplan.model.Agency#getLowestHourlyRate()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_LowestHourlyRate();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Agency#getEntryLevelDirectSupportRate <em>Entry Level Direct Support Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Entry Level Direct Support Rate</em>'.
	 * @see org.peerplan.model.Agency#getEntryLevelDirectSupportRate()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_EntryLevelDirectSupportRate();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Agency#getHoursPerFte <em>Hours Per Fte</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours Per Fte</em>'.
	 * @see org.peerplan.model.Agency#getHoursPerFte()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_HoursPerFte();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Agency#getFringeBenefitRate <em>Fringe Benefit Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fringe Benefit Rate</em>'.
	 * @see org.peerplan.model.Agency#getFringeBenefitRate()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_FringeBenefitRate();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Agency#getMedicaidHourlyRate <em>Medicaid Hourly Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Medicaid Hourly Rate</em>'.
	 * @see org.peerplan.model.Agency#getMedicaidHourlyRate()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_MedicaidHourlyRate();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Agency#getBillableShare <em>Billable Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Billable Share</em>'.
	 * @see org.peerplan.model.Agency#getBillableShare()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_BillableShare();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.Agency#getPrograms <em>Programs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Programs</em>'.
	 * @see org.peerplan.model.Agency#getPrograms()
	 * @see #getAgency()
	 * @generated
	 */
	EReference getAgency_Programs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.Agency#getPeople <em>People</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>People</em>'.
	 * @see org.peerplan.model.Agency#getPeople()
	 * @see #getAgency()
	 * @generated
	 */
	EReference getAgency_People();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.Agency#getFunderConstraints <em>Funder Constraints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Funder Constraints</em>'.
	 * @see org.peerplan.model.Agency#getFunderConstraints()
	 * @see #getAgency()
	 * @generated
	 */
	EReference getAgency_FunderConstraints();

	/**
	 * Returns the meta object for the containment reference '{@link org.peerplan.model.Agency#getAdvisoryBoard <em>Advisory Board</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Advisory Board</em>'.
	 * @see org.peerplan.model.Agency#getAdvisoryBoard()
	 * @see #getAgency()
	 * @generated
	 */
	EReference getAgency_AdvisoryBoard();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.Agency#getHolidays <em>Holidays</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Holidays</em>'.
	 * @see org.peerplan.model.Agency#getHolidays()
	 * @see #getAgency()
	 * @generated
	 */
	EReference getAgency_Holidays();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.Holiday <em>Holiday</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Holiday</em>'.
	 * @see org.peerplan.model.Holiday
	 * @generated
	 */
	EClass getHoliday();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Holiday#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.peerplan.model.Holiday#getName()
	 * @see #getHoliday()
	 * @generated
	 */
	EAttribute getHoliday_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Holiday#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.peerplan.model.Holiday#getDate()
	 * @see #getHoliday()
	 * @generated
	 */
	EAttribute getHoliday_Date();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.Program <em>Program</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Program</em>'.
	 * @see org.peerplan.model.Program
	 * @generated
	 */
	EClass getProgram();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Program#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.peerplan.model.Program#getName()
	 * @see #getProgram()
	 * @generated
	 */
	EAttribute getProgram_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Program#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.peerplan.model.Program#getDescription()
	 * @see #getProgram()
	 * @generated
	 */
	EAttribute getProgram_Description();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see org.peerplan.model.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Person#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.peerplan.model.Person#getName()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Person#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.peerplan.model.Person#getTitle()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Person#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.peerplan.model.Person#getLevel()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Person#getOrganization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organization</em>'.
	 * @see org.peerplan.model.Person#getOrganization()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Organization();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Person#isPeer <em>Peer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Peer</em>'.
	 * @see org.peerplan.model.Person#isPeer()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Peer();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Person#isChampion <em>Champion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Champion</em>'.
	 * @see org.peerplan.model.Person#isChampion()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Champion();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Person#isHighLevelAdministrator <em>High Level Administrator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>High Level Administrator</em>'.
	 * @see org.peerplan.model.Person#isHighLevelAdministrator()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_HighLevelAdministrator();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Person#isMastersLevelClinician <em>Masters Level Clinician</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Masters Level Clinician</em>'.
	 * @see org.peerplan.model.Person#isMastersLevelClinician()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_MastersLevelClinician();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Person#isTrainedInPeerRole <em>Trained In Peer Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trained In Peer Role</em>'.
	 * @see org.peerplan.model.Person#isTrainedInPeerRole()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_TrainedInPeerRole();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Person#isPeerSupervisorTraining <em>Peer Supervisor Training</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Peer Supervisor Training</em>'.
	 * @see org.peerplan.model.Person#isPeerSupervisorTraining()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_PeerSupervisorTraining();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Person#isReceivesServices <em>Receives Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Receives Services</em>'.
	 * @see org.peerplan.model.Person#isReceivesServices()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_ReceivesServices();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Person#isNamedWithLivedExperience <em>Named With Lived Experience</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Named With Lived Experience</em>'.
	 * @see org.peerplan.model.Person#isNamedWithLivedExperience()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_NamedWithLivedExperience();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Person#getNamingConsentOn <em>Naming Consent On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Naming Consent On</em>'.
	 * @see org.peerplan.model.Person#getNamingConsentOn()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_NamingConsentOn();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.FunderConstraint <em>Funder Constraint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Funder Constraint</em>'.
	 * @see org.peerplan.model.FunderConstraint
	 * @generated
	 */
	EClass getFunderConstraint();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.FunderConstraint#getFunder <em>Funder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Funder</em>'.
	 * @see org.peerplan.model.FunderConstraint#getFunder()
	 * @see #getFunderConstraint()
	 * @generated
	 */
	EAttribute getFunderConstraint_Funder();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.FunderConstraint#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.peerplan.model.FunderConstraint#getDescription()
	 * @see #getFunderConstraint()
	 * @generated
	 */
	EAttribute getFunderConstraint_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.FunderConstraint#getFirstPeerStartBy <em>First Peer Start By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Peer Start By</em>'.
	 * @see org.peerplan.model.FunderConstraint#getFirstPeerStartBy()
	 * @see #getFunderConstraint()
	 * @generated
	 */
	EAttribute getFunderConstraint_FirstPeerStartBy();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.FunderConstraint#getAnnualAmount <em>Annual Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annual Amount</em>'.
	 * @see org.peerplan.model.FunderConstraint#getAnnualAmount()
	 * @see #getFunderConstraint()
	 * @generated
	 */
	EAttribute getFunderConstraint_AnnualAmount();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.AdvisoryBoard <em>Advisory Board</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Advisory Board</em>'.
	 * @see org.peerplan.model.AdvisoryBoard
	 * @generated
	 */
	EClass getAdvisoryBoard();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.AdvisoryBoard#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.peerplan.model.AdvisoryBoard#getName()
	 * @see #getAdvisoryBoard()
	 * @generated
	 */
	EAttribute getAdvisoryBoard_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.AdvisoryBoard#getServiceUserMembers <em>Service User Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service User Members</em>'.
	 * @see org.peerplan.model.AdvisoryBoard#getServiceUserMembers()
	 * @see #getAdvisoryBoard()
	 * @generated
	 */
	EAttribute getAdvisoryBoard_ServiceUserMembers();

	/**
	 * Returns the meta object for the reference list '{@link org.peerplan.model.AdvisoryBoard#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.peerplan.model.AdvisoryBoard#getMembers()
	 * @see #getAdvisoryBoard()
	 * @generated
	 */
	EReference getAdvisoryBoard_Members();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.AdvisoryBoard#getEstablished <em>Established</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Established</em>'.
	 * @see org.peerplan.model.AdvisoryBoard#getEstablished()
	 * @see #getAdvisoryBoard()
	 * @generated
	 */
	EAttribute getAdvisoryBoard_Established();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.ReadinessAssessment <em>Readiness Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Readiness Assessment</em>'.
	 * @see org.peerplan.model.ReadinessAssessment
	 * @generated
	 */
	EClass getReadinessAssessment();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.ReadinessAssessment#getRespondents <em>Respondents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Respondents</em>'.
	 * @see org.peerplan.model.ReadinessAssessment#getRespondents()
	 * @see #getReadinessAssessment()
	 * @generated
	 */
	EReference getReadinessAssessment_Respondents();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.ReadinessAssessment#getMotivation <em>Motivation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Motivation</em>'.
	 * @see org.peerplan.model.ReadinessAssessment#getMotivation()
	 * @see #getReadinessAssessment()
	 * @generated
	 */
	EReference getReadinessAssessment_Motivation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.ReadinessAssessment#getSurveyResponses <em>Survey Responses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Survey Responses</em>'.
	 * @see org.peerplan.model.ReadinessAssessment#getSurveyResponses()
	 * @see #getReadinessAssessment()
	 * @generated
	 */
	EReference getReadinessAssessment_SurveyResponses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.ReadinessAssessment#getCompetencies <em>Competencies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Competencies</em>'.
	 * @see org.peerplan.model.ReadinessAssessment#getCompetencies()
	 * @see #getReadinessAssessment()
	 * @generated
	 */
	EReference getReadinessAssessment_Competencies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.ReadinessAssessment#getBenchmarks <em>Benchmarks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Benchmarks</em>'.
	 * @see org.peerplan.model.ReadinessAssessment#getBenchmarks()
	 * @see #getReadinessAssessment()
	 * @generated
	 */
	EReference getReadinessAssessment_Benchmarks();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.Respondent <em>Respondent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Respondent</em>'.
	 * @see org.peerplan.model.Respondent
	 * @generated
	 */
	EClass getRespondent();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.Respondent#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.peerplan.model.Respondent#getPerson()
	 * @see #getRespondent()
	 * @generated
	 */
	EReference getRespondent_Person();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Respondent#getAnsweredOn <em>Answered On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answered On</em>'.
	 * @see org.peerplan.model.Respondent#getAnsweredOn()
	 * @see #getRespondent()
	 * @generated
	 */
	EAttribute getRespondent_AnsweredOn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.Respondent#getAnswers <em>Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Answers</em>'.
	 * @see org.peerplan.model.Respondent#getAnswers()
	 * @see #getRespondent()
	 * @generated
	 */
	EReference getRespondent_Answers();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.QuizAnswer <em>Quiz Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quiz Answer</em>'.
	 * @see org.peerplan.model.QuizAnswer
	 * @generated
	 */
	EClass getQuizAnswer();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.QuizAnswer#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Item</em>'.
	 * @see org.peerplan.model.QuizAnswer#getItem()
	 * @see #getQuizAnswer()
	 * @generated
	 */
	EReference getQuizAnswer_Item();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.QuizAnswer#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.peerplan.model.QuizAnswer#getValue()
	 * @see #getQuizAnswer()
	 * @generated
	 */
	EAttribute getQuizAnswer_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.QuizAnswer#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.peerplan.model.QuizAnswer#getComment()
	 * @see #getQuizAnswer()
	 * @generated
	 */
	EAttribute getQuizAnswer_Comment();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.MotivationAnswer <em>Motivation Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Motivation Answer</em>'.
	 * @see org.peerplan.model.MotivationAnswer
	 * @generated
	 */
	EClass getMotivationAnswer();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.MotivationAnswer#getQuestion <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Question</em>'.
	 * @see org.peerplan.model.MotivationAnswer#getQuestion()
	 * @see #getMotivationAnswer()
	 * @generated
	 */
	EReference getMotivationAnswer_Question();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.MotivationAnswer#getAnswer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answer</em>'.
	 * @see org.peerplan.model.MotivationAnswer#getAnswer()
	 * @see #getMotivationAnswer()
	 * @generated
	 */
	EAttribute getMotivationAnswer_Answer();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.MotivationAnswer#isStruggled <em>Struggled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Struggled</em>'.
	 * @see org.peerplan.model.MotivationAnswer#isStruggled()
	 * @see #getMotivationAnswer()
	 * @generated
	 */
	EAttribute getMotivationAnswer_Struggled();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.SurveyResponse <em>Survey Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Survey Response</em>'.
	 * @see org.peerplan.model.SurveyResponse
	 * @generated
	 */
	EClass getSurveyResponse();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.SurveyResponse#getRespondent <em>Respondent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Respondent</em>'.
	 * @see org.peerplan.model.SurveyResponse#getRespondent()
	 * @see #getSurveyResponse()
	 * @generated
	 */
	EAttribute getSurveyResponse_Respondent();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.SurveyResponse#getAnswers <em>Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Answers</em>'.
	 * @see org.peerplan.model.SurveyResponse#getAnswers()
	 * @see #getSurveyResponse()
	 * @generated
	 */
	EReference getSurveyResponse_Answers();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.SurveyAnswer <em>Survey Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Survey Answer</em>'.
	 * @see org.peerplan.model.SurveyAnswer
	 * @generated
	 */
	EClass getSurveyAnswer();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.SurveyAnswer#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Item</em>'.
	 * @see org.peerplan.model.SurveyAnswer#getItem()
	 * @see #getSurveyAnswer()
	 * @generated
	 */
	EReference getSurveyAnswer_Item();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.SurveyAnswer#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.peerplan.model.SurveyAnswer#getValue()
	 * @see #getSurveyAnswer()
	 * @generated
	 */
	EAttribute getSurveyAnswer_Value();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.CompetencyAssessment <em>Competency Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Competency Assessment</em>'.
	 * @see org.peerplan.model.CompetencyAssessment
	 * @generated
	 */
	EClass getCompetencyAssessment();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.CompetencyAssessment#getCompetency <em>Competency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Competency</em>'.
	 * @see org.peerplan.model.CompetencyAssessment#getCompetency()
	 * @see #getCompetencyAssessment()
	 * @generated
	 */
	EReference getCompetencyAssessment_Competency();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.CompetencyAssessment#getRating <em>Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rating</em>'.
	 * @see org.peerplan.model.CompetencyAssessment#getRating()
	 * @see #getCompetencyAssessment()
	 * @generated
	 */
	EAttribute getCompetencyAssessment_Rating();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.CompetencyAssessment#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.peerplan.model.CompetencyAssessment#getNotes()
	 * @see #getCompetencyAssessment()
	 * @generated
	 */
	EAttribute getCompetencyAssessment_Notes();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.CompetencyAssessment#getAssessedBy <em>Assessed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Assessed By</em>'.
	 * @see org.peerplan.model.CompetencyAssessment#getAssessedBy()
	 * @see #getCompetencyAssessment()
	 * @generated
	 */
	EReference getCompetencyAssessment_AssessedBy();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.CompetencyAssessment#getAnswers <em>Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Answers</em>'.
	 * @see org.peerplan.model.CompetencyAssessment#getAnswers()
	 * @see #getCompetencyAssessment()
	 * @generated
	 */
	EReference getCompetencyAssessment_Answers();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.AssessmentAnswer <em>Assessment Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment Answer</em>'.
	 * @see org.peerplan.model.AssessmentAnswer
	 * @generated
	 */
	EClass getAssessmentAnswer();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.AssessmentAnswer#getQuestion <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Question</em>'.
	 * @see org.peerplan.model.AssessmentAnswer#getQuestion()
	 * @see #getAssessmentAnswer()
	 * @generated
	 */
	EReference getAssessmentAnswer_Question();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.AssessmentAnswer#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.peerplan.model.AssessmentAnswer#getValue()
	 * @see #getAssessmentAnswer()
	 * @generated
	 */
	EAttribute getAssessmentAnswer_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.AssessmentAnswer#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.peerplan.model.AssessmentAnswer#getNotes()
	 * @see #getAssessmentAnswer()
	 * @generated
	 */
	EAttribute getAssessmentAnswer_Notes();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.TimelineBenchmark <em>Timeline Benchmark</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Timeline Benchmark</em>'.
	 * @see org.peerplan.model.TimelineBenchmark
	 * @generated
	 */
	EClass getTimelineBenchmark();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.TimelineBenchmark#getOrganization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organization</em>'.
	 * @see org.peerplan.model.TimelineBenchmark#getOrganization()
	 * @see #getTimelineBenchmark()
	 * @generated
	 */
	EAttribute getTimelineBenchmark_Organization();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.TimelineBenchmark#getMonths <em>Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Months</em>'.
	 * @see org.peerplan.model.TimelineBenchmark#getMonths()
	 * @see #getTimelineBenchmark()
	 * @generated
	 */
	EAttribute getTimelineBenchmark_Months();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.TimelineBenchmark#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.peerplan.model.TimelineBenchmark#getNotes()
	 * @see #getTimelineBenchmark()
	 * @generated
	 */
	EAttribute getTimelineBenchmark_Notes();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.Timeline <em>Timeline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Timeline</em>'.
	 * @see org.peerplan.model.Timeline
	 * @generated
	 */
	EClass getTimeline();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Timeline#getPlanStart <em>Plan Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plan Start</em>'.
	 * @see org.peerplan.model.Timeline#getPlanStart()
	 * @see #getTimeline()
	 * @generated
	 */
	EAttribute getTimeline_PlanStart();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Timeline#getFirstPeerStart <em>First Peer Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Peer Start</em>'.
	 * @see org.peerplan.model.Timeline#getFirstPeerStart()
	 * @see #getTimeline()
	 * @generated
	 */
	EAttribute getTimeline_FirstPeerStart();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.Timeline#getStages <em>Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stages</em>'.
	 * @see org.peerplan.model.Timeline#getStages()
	 * @see #getTimeline()
	 * @generated
	 */
	EReference getTimeline_Stages();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.Timeline#getSpeedUps <em>Speed Ups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Speed Ups</em>'.
	 * @see org.peerplan.model.Timeline#getSpeedUps()
	 * @see #getTimeline()
	 * @generated
	 */
	EReference getTimeline_SpeedUps();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.Stage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stage</em>'.
	 * @see org.peerplan.model.Stage
	 * @generated
	 */
	EClass getStage();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Stage#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.peerplan.model.Stage#getName()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Stage#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.peerplan.model.Stage#getKind()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.Stage#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Template</em>'.
	 * @see org.peerplan.model.Stage#getTemplate()
	 * @see #getStage()
	 * @generated
	 */
	EReference getStage_Template();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.Stage#getTasks <em>Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tasks</em>'.
	 * @see org.peerplan.model.Stage#getTasks()
	 * @see #getStage()
	 * @generated
	 */
	EReference getStage_Tasks();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.Task <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Task</em>'.
	 * @see org.peerplan.model.Task
	 * @generated
	 */
	EClass getTask();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Task#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.peerplan.model.Task#getName()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Task#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.peerplan.model.Task#getDescription()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Description();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.Task#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.peerplan.model.Task#getOwner()
	 * @see #getTask()
	 * @generated
	 */
	EReference getTask_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Task#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.peerplan.model.Task#getStart()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Task#getDurationDays <em>Duration Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Days</em>'.
	 * @see org.peerplan.model.Task#getDurationDays()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_DurationDays();

	/**
	 * Returns the meta object for the reference list '{@link org.peerplan.model.Task#getDependsOn <em>Depends On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Depends On</em>'.
	 * @see org.peerplan.model.Task#getDependsOn()
	 * @see #getTask()
	 * @generated
	 */
	EReference getTask_DependsOn();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Task#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.peerplan.model.Task#getStatus()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Task#isMilestone <em>Milestone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Milestone</em>'.
	 * @see org.peerplan.model.Task#isMilestone()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Milestone();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Task#getDeliverable <em>Deliverable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deliverable</em>'.
	 * @see org.peerplan.model.Task#getDeliverable()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Deliverable();

	/**
	 * Returns the meta object for the containment reference '{@link org.peerplan.model.Task#getGuidance <em>Guidance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Guidance</em>'.
	 * @see org.peerplan.model.Task#getGuidance()
	 * @see #getTask()
	 * @generated
	 */
	EReference getTask_Guidance();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.Task#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Template</em>'.
	 * @see org.peerplan.model.Task#getTemplate()
	 * @see #getTask()
	 * @generated
	 */
	EReference getTask_Template();

	/**
	 * Returns the meta object for the reference list '{@link org.peerplan.model.Task#getCovers <em>Covers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Covers</em>'.
	 * @see org.peerplan.model.Task#getCovers()
	 * @see #getTask()
	 * @generated
	 */
	EReference getTask_Covers();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.SpeedUpChoice <em>Speed Up Choice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Speed Up Choice</em>'.
	 * @see org.peerplan.model.SpeedUpChoice
	 * @generated
	 */
	EClass getSpeedUpChoice();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.SpeedUpChoice#getOption <em>Option</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Option</em>'.
	 * @see org.peerplan.model.SpeedUpChoice#getOption()
	 * @see #getSpeedUpChoice()
	 * @generated
	 */
	EReference getSpeedUpChoice_Option();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.SpeedUpChoice#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.peerplan.model.SpeedUpChoice#getRationale()
	 * @see #getSpeedUpChoice()
	 * @generated
	 */
	EAttribute getSpeedUpChoice_Rationale();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.SpeedUpChoice#getCost <em>Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost</em>'.
	 * @see org.peerplan.model.SpeedUpChoice#getCost()
	 * @see #getSpeedUpChoice()
	 * @generated
	 */
	EAttribute getSpeedUpChoice_Cost();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.SpeedUpChoice#getTask <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Task</em>'.
	 * @see org.peerplan.model.SpeedUpChoice#getTask()
	 * @see #getSpeedUpChoice()
	 * @generated
	 */
	EReference getSpeedUpChoice_Task();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.PolicyReview <em>Policy Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy Review</em>'.
	 * @see org.peerplan.model.PolicyReview
	 * @generated
	 */
	EClass getPolicyReview();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PolicyReview#getReviewedOn <em>Reviewed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewed On</em>'.
	 * @see org.peerplan.model.PolicyReview#getReviewedOn()
	 * @see #getPolicyReview()
	 * @generated
	 */
	EAttribute getPolicyReview_ReviewedOn();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.PolicyReview#getReviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reviewer</em>'.
	 * @see org.peerplan.model.PolicyReview#getReviewer()
	 * @see #getPolicyReview()
	 * @generated
	 */
	EReference getPolicyReview_Reviewer();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.PolicyReview#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Findings</em>'.
	 * @see org.peerplan.model.PolicyReview#getFindings()
	 * @see #getPolicyReview()
	 * @generated
	 */
	EReference getPolicyReview_Findings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.PolicyReview#getPolicies <em>Policies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Policies</em>'.
	 * @see org.peerplan.model.PolicyReview#getPolicies()
	 * @see #getPolicyReview()
	 * @generated
	 */
	EReference getPolicyReview_Policies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.PolicyReview#getPlanningItems <em>Planning Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Planning Items</em>'.
	 * @see org.peerplan.model.PolicyReview#getPlanningItems()
	 * @see #getPolicyReview()
	 * @generated
	 */
	EReference getPolicyReview_PlanningItems();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.PolicyReview#getRiskFactors <em>Risk Factors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Risk Factors</em>'.
	 * @see org.peerplan.model.PolicyReview#getRiskFactors()
	 * @see #getPolicyReview()
	 * @generated
	 */
	EReference getPolicyReview_RiskFactors();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.PolicyFinding <em>Policy Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy Finding</em>'.
	 * @see org.peerplan.model.PolicyFinding
	 * @generated
	 */
	EClass getPolicyFinding();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.PolicyFinding#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Item</em>'.
	 * @see org.peerplan.model.PolicyFinding#getItem()
	 * @see #getPolicyFinding()
	 * @generated
	 */
	EReference getPolicyFinding_Item();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PolicyFinding#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.peerplan.model.PolicyFinding#getStatus()
	 * @see #getPolicyFinding()
	 * @generated
	 */
	EAttribute getPolicyFinding_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PolicyFinding#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence</em>'.
	 * @see org.peerplan.model.PolicyFinding#getEvidence()
	 * @see #getPolicyFinding()
	 * @generated
	 */
	EAttribute getPolicyFinding_Evidence();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.Policy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy</em>'.
	 * @see org.peerplan.model.Policy
	 * @generated
	 */
	EClass getPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Policy#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.peerplan.model.Policy#getName()
	 * @see #getPolicy()
	 * @generated
	 */
	EAttribute getPolicy_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Policy#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.peerplan.model.Policy#getDescription()
	 * @see #getPolicy()
	 * @generated
	 */
	EAttribute getPolicy_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Policy#isPeerRolesOnly <em>Peer Roles Only</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Peer Roles Only</em>'.
	 * @see org.peerplan.model.Policy#isPeerRolesOnly()
	 * @see #getPolicy()
	 * @generated
	 */
	EAttribute getPolicy_PeerRolesOnly();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Policy#isFlexible <em>Flexible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flexible</em>'.
	 * @see org.peerplan.model.Policy#isFlexible()
	 * @see #getPolicy()
	 * @generated
	 */
	EAttribute getPolicy_Flexible();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.PlanningItemStatus <em>Planning Item Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Planning Item Status</em>'.
	 * @see org.peerplan.model.PlanningItemStatus
	 * @generated
	 */
	EClass getPlanningItemStatus();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.PlanningItemStatus#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Item</em>'.
	 * @see org.peerplan.model.PlanningItemStatus#getItem()
	 * @see #getPlanningItemStatus()
	 * @generated
	 */
	EReference getPlanningItemStatus_Item();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PlanningItemStatus#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.peerplan.model.PlanningItemStatus#getStatus()
	 * @see #getPlanningItemStatus()
	 * @generated
	 */
	EAttribute getPlanningItemStatus_Status();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.PlanningItemStatus#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.peerplan.model.PlanningItemStatus#getOwner()
	 * @see #getPlanningItemStatus()
	 * @generated
	 */
	EReference getPlanningItemStatus_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PlanningItemStatus#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.peerplan.model.PlanningItemStatus#getNotes()
	 * @see #getPlanningItemStatus()
	 * @generated
	 */
	EAttribute getPlanningItemStatus_Notes();

	/**
	 * Returns the meta object for the reference list '{@link org.peerplan.model.PlanningItemStatus#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Actions</em>'.
	 * @see org.peerplan.model.PlanningItemStatus#getActions()
	 * @see #getPlanningItemStatus()
	 * @generated
	 */
	EReference getPlanningItemStatus_Actions();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.RiskFactorMapping <em>Risk Factor Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Risk Factor Mapping</em>'.
	 * @see org.peerplan.model.RiskFactorMapping
	 * @generated
	 */
	EClass getRiskFactorMapping();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.RiskFactorMapping#getFactor <em>Factor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Factor</em>'.
	 * @see org.peerplan.model.RiskFactorMapping#getFactor()
	 * @see #getRiskFactorMapping()
	 * @generated
	 */
	EReference getRiskFactorMapping_Factor();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.RiskFactorMapping#getCurrentPractice <em>Current Practice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Current Practice</em>'.
	 * @see org.peerplan.model.RiskFactorMapping#getCurrentPractice()
	 * @see #getRiskFactorMapping()
	 * @generated
	 */
	EAttribute getRiskFactorMapping_CurrentPractice();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.RiskFactorMapping#getGap <em>Gap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gap</em>'.
	 * @see org.peerplan.model.RiskFactorMapping#getGap()
	 * @see #getRiskFactorMapping()
	 * @generated
	 */
	EAttribute getRiskFactorMapping_Gap();

	/**
	 * Returns the meta object for the reference list '{@link org.peerplan.model.RiskFactorMapping#getPolicies <em>Policies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Policies</em>'.
	 * @see org.peerplan.model.RiskFactorMapping#getPolicies()
	 * @see #getRiskFactorMapping()
	 * @generated
	 */
	EReference getRiskFactorMapping_Policies();

	/**
	 * Returns the meta object for the reference list '{@link org.peerplan.model.RiskFactorMapping#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Actions</em>'.
	 * @see org.peerplan.model.RiskFactorMapping#getActions()
	 * @see #getRiskFactorMapping()
	 * @generated
	 */
	EReference getRiskFactorMapping_Actions();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.RootCauseAnalysis <em>Root Cause Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Root Cause Analysis</em>'.
	 * @see org.peerplan.model.RootCauseAnalysis
	 * @generated
	 */
	EClass getRootCauseAnalysis();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.RootCauseAnalysis#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.peerplan.model.RootCauseAnalysis#getTitle()
	 * @see #getRootCauseAnalysis()
	 * @generated
	 */
	EAttribute getRootCauseAnalysis_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.RootCauseAnalysis#getChallenge <em>Challenge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Challenge</em>'.
	 * @see org.peerplan.model.RootCauseAnalysis#getChallenge()
	 * @see #getRootCauseAnalysis()
	 * @generated
	 */
	EAttribute getRootCauseAnalysis_Challenge();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.RootCauseAnalysis#getCurrentSituation <em>Current Situation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Current Situation</em>'.
	 * @see org.peerplan.model.RootCauseAnalysis#getCurrentSituation()
	 * @see #getRootCauseAnalysis()
	 * @generated
	 */
	EAttribute getRootCauseAnalysis_CurrentSituation();

	/**
	 * Returns the meta object for the reference list '{@link org.peerplan.model.RootCauseAnalysis#getRelatedFindings <em>Related Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Related Findings</em>'.
	 * @see org.peerplan.model.RootCauseAnalysis#getRelatedFindings()
	 * @see #getRootCauseAnalysis()
	 * @generated
	 */
	EReference getRootCauseAnalysis_RelatedFindings();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.RootCauseAnalysis#getRelatedCompetency <em>Related Competency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Related Competency</em>'.
	 * @see org.peerplan.model.RootCauseAnalysis#getRelatedCompetency()
	 * @see #getRootCauseAnalysis()
	 * @generated
	 */
	EReference getRootCauseAnalysis_RelatedCompetency();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.RootCauseAnalysis#getCauses <em>Causes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Causes</em>'.
	 * @see org.peerplan.model.RootCauseAnalysis#getCauses()
	 * @see #getRootCauseAnalysis()
	 * @generated
	 */
	EReference getRootCauseAnalysis_Causes();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.Cause <em>Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cause</em>'.
	 * @see org.peerplan.model.Cause
	 * @generated
	 */
	EClass getCause();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Cause#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.peerplan.model.Cause#getCategory()
	 * @see #getCause()
	 * @generated
	 */
	EAttribute getCause_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Cause#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.peerplan.model.Cause#getDescription()
	 * @see #getCause()
	 * @generated
	 */
	EAttribute getCause_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.Cause#getWhys <em>Whys</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Whys</em>'.
	 * @see org.peerplan.model.Cause#getWhys()
	 * @see #getCause()
	 * @generated
	 */
	EReference getCause_Whys();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Cause#getDetails <em>Details</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Details</em>'.
	 * @see org.peerplan.model.Cause#getDetails()
	 * @see #getCause()
	 * @generated
	 */
	EAttribute getCause_Details();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.Cause#getSubCauses <em>Sub Causes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Causes</em>'.
	 * @see org.peerplan.model.Cause#getSubCauses()
	 * @see #getCause()
	 * @generated
	 */
	EReference getCause_SubCauses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.Cause#getInterventions <em>Interventions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interventions</em>'.
	 * @see org.peerplan.model.Cause#getInterventions()
	 * @see #getCause()
	 * @generated
	 */
	EReference getCause_Interventions();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.Why <em>Why</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Why</em>'.
	 * @see org.peerplan.model.Why
	 * @generated
	 */
	EClass getWhy();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Why#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.peerplan.model.Why#getText()
	 * @see #getWhy()
	 * @generated
	 */
	EAttribute getWhy_Text();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.Intervention <em>Intervention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Intervention</em>'.
	 * @see org.peerplan.model.Intervention
	 * @generated
	 */
	EClass getIntervention();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Intervention#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.peerplan.model.Intervention#getDescription()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_Description();

	/**
	 * Returns the meta object for the reference list '{@link org.peerplan.model.Intervention#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Actions</em>'.
	 * @see org.peerplan.model.Intervention#getActions()
	 * @see #getIntervention()
	 * @generated
	 */
	EReference getIntervention_Actions();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.Action <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action</em>'.
	 * @see org.peerplan.model.Action
	 * @generated
	 */
	EClass getAction();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Action#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.peerplan.model.Action#getTitle()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Action#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.peerplan.model.Action#getDescription()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Description();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.Action#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.peerplan.model.Action#getOwner()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Action#getDue <em>Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due</em>'.
	 * @see org.peerplan.model.Action#getDue()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Due();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Action#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.peerplan.model.Action#getStatus()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Action#getCost <em>Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost</em>'.
	 * @see org.peerplan.model.Action#getCost()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Cost();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Action#getSuccessMeasure <em>Success Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Success Measure</em>'.
	 * @see org.peerplan.model.Action#getSuccessMeasure()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_SuccessMeasure();

	/**
	 * Returns the meta object for the reference list '{@link org.peerplan.model.Action#getAddresses <em>Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Addresses</em>'.
	 * @see org.peerplan.model.Action#getAddresses()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Addresses();

	/**
	 * Returns the meta object for the reference list '{@link org.peerplan.model.Action#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Findings</em>'.
	 * @see org.peerplan.model.Action#getFindings()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Findings();

	/**
	 * Returns the meta object for the reference list '{@link org.peerplan.model.Action#getTasks <em>Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Tasks</em>'.
	 * @see org.peerplan.model.Action#getTasks()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Tasks();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.PeerRole <em>Peer Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Peer Role</em>'.
	 * @see org.peerplan.model.PeerRole
	 * @generated
	 */
	EClass getPeerRole();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PeerRole#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.peerplan.model.PeerRole#getTitle()
	 * @see #getPeerRole()
	 * @generated
	 */
	EAttribute getPeerRole_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PeerRole#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.peerplan.model.PeerRole#getType()
	 * @see #getPeerRole()
	 * @generated
	 */
	EAttribute getPeerRole_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PeerRole#getPopulation <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population</em>'.
	 * @see org.peerplan.model.PeerRole#getPopulation()
	 * @see #getPeerRole()
	 * @generated
	 */
	EAttribute getPeerRole_Population();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PeerRole#getLivedExperienceRequirement <em>Lived Experience Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lived Experience Requirement</em>'.
	 * @see org.peerplan.model.PeerRole#getLivedExperienceRequirement()
	 * @see #getPeerRole()
	 * @generated
	 */
	EAttribute getPeerRole_LivedExperienceRequirement();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.PeerRole#getProgram <em>Program</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Program</em>'.
	 * @see org.peerplan.model.PeerRole#getProgram()
	 * @see #getPeerRole()
	 * @generated
	 */
	EReference getPeerRole_Program();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PeerRole#getFte <em>Fte</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fte</em>'.
	 * @see org.peerplan.model.PeerRole#getFte()
	 * @see #getPeerRole()
	 * @generated
	 */
	EAttribute getPeerRole_Fte();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PeerRole#getHoursPerWeek <em>Hours Per Week</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours Per Week</em>'.
	 * @see org.peerplan.model.PeerRole#getHoursPerWeek()
	 * @see #getPeerRole()
	 * @generated
	 */
	EAttribute getPeerRole_HoursPerWeek();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PeerRole#getHourlyRate <em>Hourly Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hourly Rate</em>'.
	 * @see org.peerplan.model.PeerRole#getHourlyRate()
	 * @see #getPeerRole()
	 * @generated
	 */
	EAttribute getPeerRole_HourlyRate();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PeerRole#getPayPattern <em>Pay Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pay Pattern</em>'.
	 * @see org.peerplan.model.PeerRole#getPayPattern()
	 * @see #getPeerRole()
	 * @generated
	 */
	EAttribute getPeerRole_PayPattern();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PeerRole#isPayBenchmarked <em>Pay Benchmarked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pay Benchmarked</em>'.
	 * @see org.peerplan.model.PeerRole#isPayBenchmarked()
	 * @see #getPeerRole()
	 * @generated
	 */
	EAttribute getPeerRole_PayBenchmarked();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PeerRole#isPayRecognizesLivedExperience <em>Pay Recognizes Lived Experience</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pay Recognizes Lived Experience</em>'.
	 * @see org.peerplan.model.PeerRole#isPayRecognizesLivedExperience()
	 * @see #getPeerRole()
	 * @generated
	 */
	EAttribute getPeerRole_PayRecognizesLivedExperience();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PeerRole#isPayLinkedToTraining <em>Pay Linked To Training</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pay Linked To Training</em>'.
	 * @see org.peerplan.model.PeerRole#isPayLinkedToTraining()
	 * @see #getPeerRole()
	 * @generated
	 */
	EAttribute getPeerRole_PayLinkedToTraining();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.PeerRole#getReportsTo <em>Reports To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reports To</em>'.
	 * @see org.peerplan.model.PeerRole#getReportsTo()
	 * @see #getPeerRole()
	 * @generated
	 */
	EReference getPeerRole_ReportsTo();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.PeerRole#getAdministrativeSupervisor <em>Administrative Supervisor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Administrative Supervisor</em>'.
	 * @see org.peerplan.model.PeerRole#getAdministrativeSupervisor()
	 * @see #getPeerRole()
	 * @generated
	 */
	EReference getPeerRole_AdministrativeSupervisor();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.PeerRole#getProfessionalDevelopmentSupervisor <em>Professional Development Supervisor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Professional Development Supervisor</em>'.
	 * @see org.peerplan.model.PeerRole#getProfessionalDevelopmentSupervisor()
	 * @see #getPeerRole()
	 * @generated
	 */
	EReference getPeerRole_ProfessionalDevelopmentSupervisor();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PeerRole#getSupervisorSource <em>Supervisor Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Supervisor Source</em>'.
	 * @see org.peerplan.model.PeerRole#getSupervisorSource()
	 * @see #getPeerRole()
	 * @generated
	 */
	EAttribute getPeerRole_SupervisorSource();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PeerRole#getContractedSupervisionPerYear <em>Contracted Supervision Per Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contracted Supervision Per Year</em>'.
	 * @see org.peerplan.model.PeerRole#getContractedSupervisionPerYear()
	 * @see #getPeerRole()
	 * @generated
	 */
	EAttribute getPeerRole_ContractedSupervisionPerYear();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PeerRole#getCheckInFrequency <em>Check In Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Check In Frequency</em>'.
	 * @see org.peerplan.model.PeerRole#getCheckInFrequency()
	 * @see #getPeerRole()
	 * @generated
	 */
	EAttribute getPeerRole_CheckInFrequency();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PeerRole#isCaseload <em>Caseload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caseload</em>'.
	 * @see org.peerplan.model.PeerRole#isCaseload()
	 * @see #getPeerRole()
	 * @generated
	 */
	EAttribute getPeerRole_Caseload();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PeerRole#isDrives <em>Drives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Drives</em>'.
	 * @see org.peerplan.model.PeerRole#isDrives()
	 * @see #getPeerRole()
	 * @generated
	 */
	EAttribute getPeerRole_Drives();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PeerRole#getCertification <em>Certification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Certification</em>'.
	 * @see org.peerplan.model.PeerRole#getCertification()
	 * @see #getPeerRole()
	 * @generated
	 */
	EAttribute getPeerRole_Certification();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PeerRole#getCertificationWithinMonths <em>Certification Within Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Certification Within Months</em>'.
	 * @see org.peerplan.model.PeerRole#getCertificationWithinMonths()
	 * @see #getPeerRole()
	 * @generated
	 */
	EAttribute getPeerRole_CertificationWithinMonths();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PeerRole#getPlannedCeHoursPerTwoYears <em>Planned Ce Hours Per Two Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Ce Hours Per Two Years</em>'.
	 * @see org.peerplan.model.PeerRole#getPlannedCeHoursPerTwoYears()
	 * @see #getPeerRole()
	 * @generated
	 */
	EAttribute getPeerRole_PlannedCeHoursPerTwoYears();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PeerRole#getHiringRationale <em>Hiring Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hiring Rationale</em>'.
	 * @see org.peerplan.model.PeerRole#getHiringRationale()
	 * @see #getPeerRole()
	 * @generated
	 */
	EAttribute getPeerRole_HiringRationale();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PeerRole#isFilledByRetitling <em>Filled By Retitling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Filled By Retitling</em>'.
	 * @see org.peerplan.model.PeerRole#isFilledByRetitling()
	 * @see #getPeerRole()
	 * @generated
	 */
	EAttribute getPeerRole_FilledByRetitling();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PeerRole#getMinimumApplicants <em>Minimum Applicants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Applicants</em>'.
	 * @see org.peerplan.model.PeerRole#getMinimumApplicants()
	 * @see #getPeerRole()
	 * @generated
	 */
	EAttribute getPeerRole_MinimumApplicants();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.PeerRole#getDuties <em>Duties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Duties</em>'.
	 * @see org.peerplan.model.PeerRole#getDuties()
	 * @see #getPeerRole()
	 * @generated
	 */
	EReference getPeerRole_Duties();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.PeerRole#getCareerLadder <em>Career Ladder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Career Ladder</em>'.
	 * @see org.peerplan.model.PeerRole#getCareerLadder()
	 * @see #getPeerRole()
	 * @generated
	 */
	EReference getPeerRole_CareerLadder();

	/**
	 * Returns the meta object for the containment reference '{@link org.peerplan.model.PeerRole#getJobDescription <em>Job Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Job Description</em>'.
	 * @see org.peerplan.model.PeerRole#getJobDescription()
	 * @see #getPeerRole()
	 * @generated
	 */
	EReference getPeerRole_JobDescription();

	/**
	 * Returns the meta object for the containment reference '{@link org.peerplan.model.PeerRole#getInterview <em>Interview</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Interview</em>'.
	 * @see org.peerplan.model.PeerRole#getInterview()
	 * @see #getPeerRole()
	 * @generated
	 */
	EReference getPeerRole_Interview();

	/**
	 * Returns the meta object for the containment reference '{@link org.peerplan.model.PeerRole#getBackgroundCheck <em>Background Check</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Background Check</em>'.
	 * @see org.peerplan.model.PeerRole#getBackgroundCheck()
	 * @see #getPeerRole()
	 * @generated
	 */
	EReference getPeerRole_BackgroundCheck();

	/**
	 * Returns the meta object for the reference list '{@link org.peerplan.model.PeerRole#getHolders <em>Holders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Holders</em>'.
	 * @see org.peerplan.model.PeerRole#getHolders()
	 * @see #getPeerRole()
	 * @generated
	 */
	EReference getPeerRole_Holders();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.Duty <em>Duty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Duty</em>'.
	 * @see org.peerplan.model.Duty
	 * @generated
	 */
	EClass getDuty();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Duty#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.peerplan.model.Duty#getDescription()
	 * @see #getDuty()
	 * @generated
	 */
	EAttribute getDuty_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Duty#isRoutine <em>Routine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Routine</em>'.
	 * @see org.peerplan.model.Duty#isRoutine()
	 * @see #getDuty()
	 * @generated
	 */
	EAttribute getDuty_Routine();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.Duty#getConflictsWith <em>Conflicts With</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Conflicts With</em>'.
	 * @see org.peerplan.model.Duty#getConflictsWith()
	 * @see #getDuty()
	 * @generated
	 */
	EReference getDuty_ConflictsWith();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Duty#getJustification <em>Justification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Justification</em>'.
	 * @see org.peerplan.model.Duty#getJustification()
	 * @see #getDuty()
	 * @generated
	 */
	EAttribute getDuty_Justification();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.CareerStep <em>Career Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Career Step</em>'.
	 * @see org.peerplan.model.CareerStep
	 * @generated
	 */
	EClass getCareerStep();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.CareerStep#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.peerplan.model.CareerStep#getTitle()
	 * @see #getCareerStep()
	 * @generated
	 */
	EAttribute getCareerStep_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.CareerStep#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.peerplan.model.CareerStep#getDescription()
	 * @see #getCareerStep()
	 * @generated
	 */
	EAttribute getCareerStep_Description();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.JobDescription <em>Job Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Job Description</em>'.
	 * @see org.peerplan.model.JobDescription
	 * @generated
	 */
	EClass getJobDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.JobDescription#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see org.peerplan.model.JobDescription#getFunction()
	 * @see #getJobDescription()
	 * @generated
	 */
	EAttribute getJobDescription_Function();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.JobDescription#getReportingRelationships <em>Reporting Relationships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reporting Relationships</em>'.
	 * @see org.peerplan.model.JobDescription#getReportingRelationships()
	 * @see #getJobDescription()
	 * @generated
	 */
	EAttribute getJobDescription_ReportingRelationships();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.JobDescription#getSupervisorTitle <em>Supervisor Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Supervisor Title</em>'.
	 * @see org.peerplan.model.JobDescription#getSupervisorTitle()
	 * @see #getJobDescription()
	 * @generated
	 */
	EAttribute getJobDescription_SupervisorTitle();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.JobDescription#getResponsibilities <em>Responsibilities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Responsibilities</em>'.
	 * @see org.peerplan.model.JobDescription#getResponsibilities()
	 * @see #getJobDescription()
	 * @generated
	 */
	EReference getJobDescription_Responsibilities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.JobDescription#getQualifications <em>Qualifications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Qualifications</em>'.
	 * @see org.peerplan.model.JobDescription#getQualifications()
	 * @see #getJobDescription()
	 * @generated
	 */
	EReference getJobDescription_Qualifications();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.JobDescription#getEmploymentConditions <em>Employment Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Employment Conditions</em>'.
	 * @see org.peerplan.model.JobDescription#getEmploymentConditions()
	 * @see #getJobDescription()
	 * @generated
	 */
	EAttribute getJobDescription_EmploymentConditions();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.JobDescription#getPayRange <em>Pay Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pay Range</em>'.
	 * @see org.peerplan.model.JobDescription#getPayRange()
	 * @see #getJobDescription()
	 * @generated
	 */
	EAttribute getJobDescription_PayRange();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.JobDescription#isReviewedByPeerExperienced <em>Reviewed By Peer Experienced</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewed By Peer Experienced</em>'.
	 * @see org.peerplan.model.JobDescription#isReviewedByPeerExperienced()
	 * @see #getJobDescription()
	 * @generated
	 */
	EAttribute getJobDescription_ReviewedByPeerExperienced();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.JobDescription#getApprovedOn <em>Approved On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approved On</em>'.
	 * @see org.peerplan.model.JobDescription#getApprovedOn()
	 * @see #getJobDescription()
	 * @generated
	 */
	EAttribute getJobDescription_ApprovedOn();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.Responsibility <em>Responsibility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Responsibility</em>'.
	 * @see org.peerplan.model.Responsibility
	 * @generated
	 */
	EClass getResponsibility();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Responsibility#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area</em>'.
	 * @see org.peerplan.model.Responsibility#getArea()
	 * @see #getResponsibility()
	 * @generated
	 */
	EAttribute getResponsibility_Area();

	/**
	 * Returns the meta object for the attribute list '{@link org.peerplan.model.Responsibility#getDuties <em>Duties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Duties</em>'.
	 * @see org.peerplan.model.Responsibility#getDuties()
	 * @see #getResponsibility()
	 * @generated
	 */
	EAttribute getResponsibility_Duties();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.Qualification <em>Qualification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Qualification</em>'.
	 * @see org.peerplan.model.Qualification
	 * @generated
	 */
	EClass getQualification();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Qualification#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.peerplan.model.Qualification#getText()
	 * @see #getQualification()
	 * @generated
	 */
	EAttribute getQualification_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Qualification#isRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required</em>'.
	 * @see org.peerplan.model.Qualification#isRequired()
	 * @see #getQualification()
	 * @generated
	 */
	EAttribute getQualification_Required();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Qualification#isLivedExperience <em>Lived Experience</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lived Experience</em>'.
	 * @see org.peerplan.model.Qualification#isLivedExperience()
	 * @see #getQualification()
	 * @generated
	 */
	EAttribute getQualification_LivedExperience();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.InterviewPlan <em>Interview Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interview Plan</em>'.
	 * @see org.peerplan.model.InterviewPlan
	 * @generated
	 */
	EClass getInterviewPlan();

	/**
	 * Returns the meta object for the reference list '{@link org.peerplan.model.InterviewPlan#getPanel <em>Panel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Panel</em>'.
	 * @see org.peerplan.model.InterviewPlan#getPanel()
	 * @see #getInterviewPlan()
	 * @generated
	 */
	EReference getInterviewPlan_Panel();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.InterviewPlan#isPeersWroteQuestions <em>Peers Wrote Questions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Peers Wrote Questions</em>'.
	 * @see org.peerplan.model.InterviewPlan#isPeersWroteQuestions()
	 * @see #getInterviewPlan()
	 * @generated
	 */
	EAttribute getInterviewPlan_PeersWroteQuestions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.InterviewPlan#getQuestions <em>Questions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Questions</em>'.
	 * @see org.peerplan.model.InterviewPlan#getQuestions()
	 * @see #getInterviewPlan()
	 * @generated
	 */
	EReference getInterviewPlan_Questions();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.InterviewQuestion <em>Interview Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interview Question</em>'.
	 * @see org.peerplan.model.InterviewQuestion
	 * @generated
	 */
	EClass getInterviewQuestion();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.InterviewQuestion#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.peerplan.model.InterviewQuestion#getText()
	 * @see #getInterviewQuestion()
	 * @generated
	 */
	EAttribute getInterviewQuestion_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.InterviewQuestion#getBank <em>Bank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bank</em>'.
	 * @see org.peerplan.model.InterviewQuestion#getBank()
	 * @see #getInterviewQuestion()
	 * @generated
	 */
	EAttribute getInterviewQuestion_Bank();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.InterviewQuestion#getLookFor <em>Look For</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Look For</em>'.
	 * @see org.peerplan.model.InterviewQuestion#getLookFor()
	 * @see #getInterviewQuestion()
	 * @generated
	 */
	EAttribute getInterviewQuestion_LookFor();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.BackgroundCheck <em>Background Check</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Background Check</em>'.
	 * @see org.peerplan.model.BackgroundCheck
	 * @generated
	 */
	EClass getBackgroundCheck();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.BackgroundCheck#isMegansLaw <em>Megans Law</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Megans Law</em>'.
	 * @see org.peerplan.model.BackgroundCheck#isMegansLaw()
	 * @see #getBackgroundCheck()
	 * @generated
	 */
	EAttribute getBackgroundCheck_MegansLaw();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.BackgroundCheck#isLiveScan <em>Live Scan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Live Scan</em>'.
	 * @see org.peerplan.model.BackgroundCheck#isLiveScan()
	 * @see #getBackgroundCheck()
	 * @generated
	 */
	EAttribute getBackgroundCheck_LiveScan();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.BackgroundCheck#isDmvHistory <em>Dmv History</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dmv History</em>'.
	 * @see org.peerplan.model.BackgroundCheck#isDmvHistory()
	 * @see #getBackgroundCheck()
	 * @generated
	 */
	EAttribute getBackgroundCheck_DmvHistory();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.BackgroundCheck#isOfferContingent <em>Offer Contingent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offer Contingent</em>'.
	 * @see org.peerplan.model.BackgroundCheck#isOfferContingent()
	 * @see #getBackgroundCheck()
	 * @generated
	 */
	EAttribute getBackgroundCheck_OfferContingent();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.SupervisionPlan <em>Supervision Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Supervision Plan</em>'.
	 * @see org.peerplan.model.SupervisionPlan
	 * @generated
	 */
	EClass getSupervisionPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.SupervisionPlan#getNonPeerCheckIns <em>Non Peer Check Ins</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Non Peer Check Ins</em>'.
	 * @see org.peerplan.model.SupervisionPlan#getNonPeerCheckIns()
	 * @see #getSupervisionPlan()
	 * @generated
	 */
	EAttribute getSupervisionPlan_NonPeerCheckIns();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.SupervisionPlan#getPeerInteraction <em>Peer Interaction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Peer Interaction</em>'.
	 * @see org.peerplan.model.SupervisionPlan#getPeerInteraction()
	 * @see #getSupervisionPlan()
	 * @generated
	 */
	EReference getSupervisionPlan_PeerInteraction();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.SupervisionPlan#getSupportProvisions <em>Support Provisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Support Provisions</em>'.
	 * @see org.peerplan.model.SupervisionPlan#getSupportProvisions()
	 * @see #getSupervisionPlan()
	 * @generated
	 */
	EReference getSupervisionPlan_SupportProvisions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.SupervisionPlan#getWellbeingPractices <em>Wellbeing Practices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Wellbeing Practices</em>'.
	 * @see org.peerplan.model.SupervisionPlan#getWellbeingPractices()
	 * @see #getSupervisionPlan()
	 * @generated
	 */
	EReference getSupervisionPlan_WellbeingPractices();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.PeerInteractionEvent <em>Peer Interaction Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Peer Interaction Event</em>'.
	 * @see org.peerplan.model.PeerInteractionEvent
	 * @generated
	 */
	EClass getPeerInteractionEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PeerInteractionEvent#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.peerplan.model.PeerInteractionEvent#getName()
	 * @see #getPeerInteractionEvent()
	 * @generated
	 */
	EAttribute getPeerInteractionEvent_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PeerInteractionEvent#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see org.peerplan.model.PeerInteractionEvent#getFrequency()
	 * @see #getPeerInteractionEvent()
	 * @generated
	 */
	EAttribute getPeerInteractionEvent_Frequency();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PeerInteractionEvent#isFacilitatedByPeer <em>Facilitated By Peer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Facilitated By Peer</em>'.
	 * @see org.peerplan.model.PeerInteractionEvent#isFacilitatedByPeer()
	 * @see #getPeerInteractionEvent()
	 * @generated
	 */
	EAttribute getPeerInteractionEvent_FacilitatedByPeer();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.SupportProvision <em>Support Provision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Support Provision</em>'.
	 * @see org.peerplan.model.SupportProvision
	 * @generated
	 */
	EClass getSupportProvision();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.SupportProvision#getTrigger <em>Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trigger</em>'.
	 * @see org.peerplan.model.SupportProvision#getTrigger()
	 * @see #getSupportProvision()
	 * @generated
	 */
	EAttribute getSupportProvision_Trigger();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.SupportProvision#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.peerplan.model.SupportProvision#getDescription()
	 * @see #getSupportProvision()
	 * @generated
	 */
	EAttribute getSupportProvision_Description();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.WellbeingPractice <em>Wellbeing Practice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Wellbeing Practice</em>'.
	 * @see org.peerplan.model.WellbeingPractice
	 * @generated
	 */
	EClass getWellbeingPractice();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.WellbeingPractice#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.peerplan.model.WellbeingPractice#getKind()
	 * @see #getWellbeingPractice()
	 * @generated
	 */
	EAttribute getWellbeingPractice_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.WellbeingPractice#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.peerplan.model.WellbeingPractice#getDescription()
	 * @see #getWellbeingPractice()
	 * @generated
	 */
	EAttribute getWellbeingPractice_Description();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.TrainingPlan <em>Training Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Training Plan</em>'.
	 * @see org.peerplan.model.TrainingPlan
	 * @generated
	 */
	EClass getTrainingPlan();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.TrainingPlan#getSessions <em>Sessions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sessions</em>'.
	 * @see org.peerplan.model.TrainingPlan#getSessions()
	 * @see #getTrainingPlan()
	 * @generated
	 */
	EReference getTrainingPlan_Sessions();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.TrainingSession <em>Training Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Training Session</em>'.
	 * @see org.peerplan.model.TrainingSession
	 * @generated
	 */
	EClass getTrainingSession();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.TrainingSession#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.peerplan.model.TrainingSession#getTitle()
	 * @see #getTrainingSession()
	 * @generated
	 */
	EAttribute getTrainingSession_Title();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.TrainingSession#getCourse <em>Course</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Course</em>'.
	 * @see org.peerplan.model.TrainingSession#getCourse()
	 * @see #getTrainingSession()
	 * @generated
	 */
	EReference getTrainingSession_Course();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.TrainingSession#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.peerplan.model.TrainingSession#getDate()
	 * @see #getTrainingSession()
	 * @generated
	 */
	EAttribute getTrainingSession_Date();

	/**
	 * Returns the meta object for the reference list '{@link org.peerplan.model.TrainingSession#getAttendees <em>Attendees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Attendees</em>'.
	 * @see org.peerplan.model.TrainingSession#getAttendees()
	 * @see #getTrainingSession()
	 * @generated
	 */
	EReference getTrainingSession_Attendees();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.TrainingSession#getAdditionalAttendees <em>Additional Attendees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Additional Attendees</em>'.
	 * @see org.peerplan.model.TrainingSession#getAdditionalAttendees()
	 * @see #getTrainingSession()
	 * @generated
	 */
	EAttribute getTrainingSession_AdditionalAttendees();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.TrainingSession#getCost <em>Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost</em>'.
	 * @see org.peerplan.model.TrainingSession#getCost()
	 * @see #getTrainingSession()
	 * @generated
	 */
	EAttribute getTrainingSession_Cost();

	/**
	 * Returns the meta object for the reference list '{@link org.peerplan.model.TrainingSession#getCovers <em>Covers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Covers</em>'.
	 * @see org.peerplan.model.TrainingSession#getCovers()
	 * @see #getTrainingSession()
	 * @generated
	 */
	EReference getTrainingSession_Covers();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.Budget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Budget</em>'.
	 * @see org.peerplan.model.Budget
	 * @generated
	 */
	EClass getBudget();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Budget#getFiscalYearStartMonth <em>Fiscal Year Start Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fiscal Year Start Month</em>'.
	 * @see org.peerplan.model.Budget#getFiscalYearStartMonth()
	 * @see #getBudget()
	 * @generated
	 */
	EAttribute getBudget_FiscalYearStartMonth();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.Budget#getLines <em>Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lines</em>'.
	 * @see org.peerplan.model.Budget#getLines()
	 * @see #getBudget()
	 * @generated
	 */
	EReference getBudget_Lines();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.BudgetLine <em>Budget Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Budget Line</em>'.
	 * @see org.peerplan.model.BudgetLine
	 * @generated
	 */
	EClass getBudgetLine();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.BudgetLine#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.peerplan.model.BudgetLine#getCategory()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.BudgetLine#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.peerplan.model.BudgetLine#getDescription()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.BudgetLine#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.peerplan.model.BudgetLine#getAmount()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.BudgetLine#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.peerplan.model.BudgetLine#getYear()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Year();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.Risk <em>Risk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Risk</em>'.
	 * @see org.peerplan.model.Risk
	 * @generated
	 */
	EClass getRisk();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Risk#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.peerplan.model.Risk#getTitle()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Risk#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.peerplan.model.Risk#getDescription()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Risk#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.peerplan.model.Risk#getKind()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Risk#getLikelihood <em>Likelihood</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Likelihood</em>'.
	 * @see org.peerplan.model.Risk#getLikelihood()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Likelihood();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Risk#getImpact <em>Impact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Impact</em>'.
	 * @see org.peerplan.model.Risk#getImpact()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Impact();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Risk#getMitigation <em>Mitigation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mitigation</em>'.
	 * @see org.peerplan.model.Risk#getMitigation()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Mitigation();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.Risk#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.peerplan.model.Risk#getOwner()
	 * @see #getRisk()
	 * @generated
	 */
	EReference getRisk_Owner();

	/**
	 * Returns the meta object for the reference list '{@link org.peerplan.model.Risk#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Actions</em>'.
	 * @see org.peerplan.model.Risk#getActions()
	 * @see #getRisk()
	 * @generated
	 */
	EReference getRisk_Actions();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.PolicyDecision <em>Policy Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy Decision</em>'.
	 * @see org.peerplan.model.PolicyDecision
	 * @generated
	 */
	EClass getPolicyDecision();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PolicyDecision#getTopic <em>Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Topic</em>'.
	 * @see org.peerplan.model.PolicyDecision#getTopic()
	 * @see #getPolicyDecision()
	 * @generated
	 */
	EAttribute getPolicyDecision_Topic();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PolicyDecision#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.peerplan.model.PolicyDecision#getTitle()
	 * @see #getPolicyDecision()
	 * @generated
	 */
	EAttribute getPolicyDecision_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PolicyDecision#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position</em>'.
	 * @see org.peerplan.model.PolicyDecision#getPosition()
	 * @see #getPolicyDecision()
	 * @generated
	 */
	EAttribute getPolicyDecision_Position();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PolicyDecision#getSafeguards <em>Safeguards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Safeguards</em>'.
	 * @see org.peerplan.model.PolicyDecision#getSafeguards()
	 * @see #getPolicyDecision()
	 * @generated
	 */
	EAttribute getPolicyDecision_Safeguards();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PolicyDecision#getDecidedOn <em>Decided On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided On</em>'.
	 * @see org.peerplan.model.PolicyDecision#getDecidedOn()
	 * @see #getPolicyDecision()
	 * @generated
	 */
	EAttribute getPolicyDecision_DecidedOn();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.PolicyDecision#getDecidedBy <em>Decided By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Decided By</em>'.
	 * @see org.peerplan.model.PolicyDecision#getDecidedBy()
	 * @see #getPolicyDecision()
	 * @generated
	 */
	EReference getPolicyDecision_DecidedBy();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.OutcomeMeasure <em>Outcome Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Outcome Measure</em>'.
	 * @see org.peerplan.model.OutcomeMeasure
	 * @generated
	 */
	EClass getOutcomeMeasure();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.OutcomeMeasure#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.peerplan.model.OutcomeMeasure#getName()
	 * @see #getOutcomeMeasure()
	 * @generated
	 */
	EAttribute getOutcomeMeasure_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.OutcomeMeasure#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.peerplan.model.OutcomeMeasure#getDescription()
	 * @see #getOutcomeMeasure()
	 * @generated
	 */
	EAttribute getOutcomeMeasure_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.OutcomeMeasure#isRecoveryBased <em>Recovery Based</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recovery Based</em>'.
	 * @see org.peerplan.model.OutcomeMeasure#isRecoveryBased()
	 * @see #getOutcomeMeasure()
	 * @generated
	 */
	EAttribute getOutcomeMeasure_RecoveryBased();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.OutcomeMeasure#isDefinedWithPeers <em>Defined With Peers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Defined With Peers</em>'.
	 * @see org.peerplan.model.OutcomeMeasure#isDefinedWithPeers()
	 * @see #getOutcomeMeasure()
	 * @generated
	 */
	EAttribute getOutcomeMeasure_DefinedWithPeers();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.OutcomeMeasure#getDataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Source</em>'.
	 * @see org.peerplan.model.OutcomeMeasure#getDataSource()
	 * @see #getOutcomeMeasure()
	 * @generated
	 */
	EAttribute getOutcomeMeasure_DataSource();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.PerformanceManagement <em>Performance Management</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Performance Management</em>'.
	 * @see org.peerplan.model.PerformanceManagement
	 * @generated
	 */
	EClass getPerformanceManagement();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.PerformanceManagement#getEvaluations <em>Evaluations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evaluations</em>'.
	 * @see org.peerplan.model.PerformanceManagement#getEvaluations()
	 * @see #getPerformanceManagement()
	 * @generated
	 */
	EReference getPerformanceManagement_Evaluations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.PerformanceManagement#getWorkPlans <em>Work Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Work Plans</em>'.
	 * @see org.peerplan.model.PerformanceManagement#getWorkPlans()
	 * @see #getPerformanceManagement()
	 * @generated
	 */
	EReference getPerformanceManagement_WorkPlans();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.PerformanceManagement#getPlansOfAction <em>Plans Of Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Plans Of Action</em>'.
	 * @see org.peerplan.model.PerformanceManagement#getPlansOfAction()
	 * @see #getPerformanceManagement()
	 * @generated
	 */
	EReference getPerformanceManagement_PlansOfAction();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.PerformanceManagement#getAccommodations <em>Accommodations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Accommodations</em>'.
	 * @see org.peerplan.model.PerformanceManagement#getAccommodations()
	 * @see #getPerformanceManagement()
	 * @generated
	 */
	EReference getPerformanceManagement_Accommodations();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.PerformanceEvaluation <em>Performance Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Performance Evaluation</em>'.
	 * @see org.peerplan.model.PerformanceEvaluation
	 * @generated
	 */
	EClass getPerformanceEvaluation();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.PerformanceEvaluation#getEmployee <em>Employee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Employee</em>'.
	 * @see org.peerplan.model.PerformanceEvaluation#getEmployee()
	 * @see #getPerformanceEvaluation()
	 * @generated
	 */
	EReference getPerformanceEvaluation_Employee();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.PerformanceEvaluation#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Role</em>'.
	 * @see org.peerplan.model.PerformanceEvaluation#getRole()
	 * @see #getPerformanceEvaluation()
	 * @generated
	 */
	EReference getPerformanceEvaluation_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PerformanceEvaluation#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.peerplan.model.PerformanceEvaluation#getDate()
	 * @see #getPerformanceEvaluation()
	 * @generated
	 */
	EAttribute getPerformanceEvaluation_Date();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.PerformanceEvaluation#getRatings <em>Ratings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ratings</em>'.
	 * @see org.peerplan.model.PerformanceEvaluation#getRatings()
	 * @see #getPerformanceEvaluation()
	 * @generated
	 */
	EReference getPerformanceEvaluation_Ratings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.PerformanceEvaluation#getComments <em>Comments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Comments</em>'.
	 * @see org.peerplan.model.PerformanceEvaluation#getComments()
	 * @see #getPerformanceEvaluation()
	 * @generated
	 */
	EReference getPerformanceEvaluation_Comments();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.EvaluationEntry <em>Evaluation Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evaluation Entry</em>'.
	 * @see org.peerplan.model.EvaluationEntry
	 * @generated
	 */
	EClass getEvaluationEntry();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.EvaluationEntry#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Item</em>'.
	 * @see org.peerplan.model.EvaluationEntry#getItem()
	 * @see #getEvaluationEntry()
	 * @generated
	 */
	EReference getEvaluationEntry_Item();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.EvaluationEntry#getRating <em>Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rating</em>'.
	 * @see org.peerplan.model.EvaluationEntry#getRating()
	 * @see #getEvaluationEntry()
	 * @generated
	 */
	EAttribute getEvaluationEntry_Rating();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.CategoryComment <em>Category Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Category Comment</em>'.
	 * @see org.peerplan.model.CategoryComment
	 * @generated
	 */
	EClass getCategoryComment();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.CategoryComment#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Category</em>'.
	 * @see org.peerplan.model.CategoryComment#getCategory()
	 * @see #getCategoryComment()
	 * @generated
	 */
	EReference getCategoryComment_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.CategoryComment#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.peerplan.model.CategoryComment#getComment()
	 * @see #getCategoryComment()
	 * @generated
	 */
	EAttribute getCategoryComment_Comment();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.CollaborativeWorkPlan <em>Collaborative Work Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Collaborative Work Plan</em>'.
	 * @see org.peerplan.model.CollaborativeWorkPlan
	 * @generated
	 */
	EClass getCollaborativeWorkPlan();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.CollaborativeWorkPlan#getEmployee <em>Employee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Employee</em>'.
	 * @see org.peerplan.model.CollaborativeWorkPlan#getEmployee()
	 * @see #getCollaborativeWorkPlan()
	 * @generated
	 */
	EReference getCollaborativeWorkPlan_Employee();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.CollaborativeWorkPlan#getManager <em>Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Manager</em>'.
	 * @see org.peerplan.model.CollaborativeWorkPlan#getManager()
	 * @see #getCollaborativeWorkPlan()
	 * @generated
	 */
	EReference getCollaborativeWorkPlan_Manager();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.CollaborativeWorkPlan#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.peerplan.model.CollaborativeWorkPlan#getStartDate()
	 * @see #getCollaborativeWorkPlan()
	 * @generated
	 */
	EAttribute getCollaborativeWorkPlan_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.CollaborativeWorkPlan#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.peerplan.model.CollaborativeWorkPlan#getEndDate()
	 * @see #getCollaborativeWorkPlan()
	 * @generated
	 */
	EAttribute getCollaborativeWorkPlan_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.CollaborativeWorkPlan#getExpirationDate <em>Expiration Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expiration Date</em>'.
	 * @see org.peerplan.model.CollaborativeWorkPlan#getExpirationDate()
	 * @see #getCollaborativeWorkPlan()
	 * @generated
	 */
	EAttribute getCollaborativeWorkPlan_ExpirationDate();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.CollaborativeWorkPlan#getMeetingFrequency <em>Meeting Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meeting Frequency</em>'.
	 * @see org.peerplan.model.CollaborativeWorkPlan#getMeetingFrequency()
	 * @see #getCollaborativeWorkPlan()
	 * @generated
	 */
	EAttribute getCollaborativeWorkPlan_MeetingFrequency();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.CollaborativeWorkPlan#getMeetingMinutes <em>Meeting Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meeting Minutes</em>'.
	 * @see org.peerplan.model.CollaborativeWorkPlan#getMeetingMinutes()
	 * @see #getCollaborativeWorkPlan()
	 * @generated
	 */
	EAttribute getCollaborativeWorkPlan_MeetingMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.CollaborativeWorkPlan#getMeetingDay <em>Meeting Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meeting Day</em>'.
	 * @see org.peerplan.model.CollaborativeWorkPlan#getMeetingDay()
	 * @see #getCollaborativeWorkPlan()
	 * @generated
	 */
	EAttribute getCollaborativeWorkPlan_MeetingDay();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.CollaborativeWorkPlan#getMeetingTime <em>Meeting Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meeting Time</em>'.
	 * @see org.peerplan.model.CollaborativeWorkPlan#getMeetingTime()
	 * @see #getCollaborativeWorkPlan()
	 * @generated
	 */
	EAttribute getCollaborativeWorkPlan_MeetingTime();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.CollaborativeWorkPlan#getBasics <em>Basics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Basics</em>'.
	 * @see org.peerplan.model.CollaborativeWorkPlan#getBasics()
	 * @see #getCollaborativeWorkPlan()
	 * @generated
	 */
	EReference getCollaborativeWorkPlan_Basics();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.CollaborativeWorkPlan#getNeeds <em>Needs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Needs</em>'.
	 * @see org.peerplan.model.CollaborativeWorkPlan#getNeeds()
	 * @see #getCollaborativeWorkPlan()
	 * @generated
	 */
	EReference getCollaborativeWorkPlan_Needs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.CollaborativeWorkPlan#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.peerplan.model.CollaborativeWorkPlan#getSteps()
	 * @see #getCollaborativeWorkPlan()
	 * @generated
	 */
	EReference getCollaborativeWorkPlan_Steps();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.CollaborativeWorkPlan#getSuccessIndicators <em>Success Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Success Indicators</em>'.
	 * @see org.peerplan.model.CollaborativeWorkPlan#getSuccessIndicators()
	 * @see #getCollaborativeWorkPlan()
	 * @generated
	 */
	EAttribute getCollaborativeWorkPlan_SuccessIndicators();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.DevelopmentPlanAnswer <em>Development Plan Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Development Plan Answer</em>'.
	 * @see org.peerplan.model.DevelopmentPlanAnswer
	 * @generated
	 */
	EClass getDevelopmentPlanAnswer();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.DevelopmentPlanAnswer#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Item</em>'.
	 * @see org.peerplan.model.DevelopmentPlanAnswer#getItem()
	 * @see #getDevelopmentPlanAnswer()
	 * @generated
	 */
	EReference getDevelopmentPlanAnswer_Item();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.DevelopmentPlanAnswer#getAnswer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answer</em>'.
	 * @see org.peerplan.model.DevelopmentPlanAnswer#getAnswer()
	 * @see #getDevelopmentPlanAnswer()
	 * @generated
	 */
	EAttribute getDevelopmentPlanAnswer_Answer();

	/**
	 * Returns the meta object for the reference list '{@link org.peerplan.model.DevelopmentPlanAnswer#getAddressedBy <em>Addressed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Addressed By</em>'.
	 * @see org.peerplan.model.DevelopmentPlanAnswer#getAddressedBy()
	 * @see #getDevelopmentPlanAnswer()
	 * @generated
	 */
	EReference getDevelopmentPlanAnswer_AddressedBy();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.WorkPlanNeed <em>Work Plan Need</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Work Plan Need</em>'.
	 * @see org.peerplan.model.WorkPlanNeed
	 * @generated
	 */
	EClass getWorkPlanNeed();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.WorkPlanNeed#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.peerplan.model.WorkPlanNeed#getType()
	 * @see #getWorkPlanNeed()
	 * @generated
	 */
	EAttribute getWorkPlanNeed_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.WorkPlanNeed#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.peerplan.model.WorkPlanNeed#getText()
	 * @see #getWorkPlanNeed()
	 * @generated
	 */
	EAttribute getWorkPlanNeed_Text();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.WorkPlanStep <em>Work Plan Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Work Plan Step</em>'.
	 * @see org.peerplan.model.WorkPlanStep
	 * @generated
	 */
	EClass getWorkPlanStep();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.WorkPlanStep#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.peerplan.model.WorkPlanStep#getOwner()
	 * @see #getWorkPlanStep()
	 * @generated
	 */
	EAttribute getWorkPlanStep_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.WorkPlanStep#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.peerplan.model.WorkPlanStep#getText()
	 * @see #getWorkPlanStep()
	 * @generated
	 */
	EAttribute getWorkPlanStep_Text();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.PlanOfAction <em>Plan Of Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Of Action</em>'.
	 * @see org.peerplan.model.PlanOfAction
	 * @generated
	 */
	EClass getPlanOfAction();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.PlanOfAction#getEmployee <em>Employee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Employee</em>'.
	 * @see org.peerplan.model.PlanOfAction#getEmployee()
	 * @see #getPlanOfAction()
	 * @generated
	 */
	EReference getPlanOfAction_Employee();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PlanOfAction#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area</em>'.
	 * @see org.peerplan.model.PlanOfAction#getArea()
	 * @see #getPlanOfAction()
	 * @generated
	 */
	EAttribute getPlanOfAction_Area();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PlanOfAction#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.peerplan.model.PlanOfAction#getStartDate()
	 * @see #getPlanOfAction()
	 * @generated
	 */
	EAttribute getPlanOfAction_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PlanOfAction#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.peerplan.model.PlanOfAction#getEndDate()
	 * @see #getPlanOfAction()
	 * @generated
	 */
	EAttribute getPlanOfAction_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.PlanOfAction#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.peerplan.model.PlanOfAction#getOutcome()
	 * @see #getPlanOfAction()
	 * @generated
	 */
	EAttribute getPlanOfAction_Outcome();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.Accommodation <em>Accommodation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Accommodation</em>'.
	 * @see org.peerplan.model.Accommodation
	 * @generated
	 */
	EClass getAccommodation();

	/**
	 * Returns the meta object for the reference '{@link org.peerplan.model.Accommodation#getEmployee <em>Employee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Employee</em>'.
	 * @see org.peerplan.model.Accommodation#getEmployee()
	 * @see #getAccommodation()
	 * @generated
	 */
	EReference getAccommodation_Employee();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Accommodation#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.peerplan.model.Accommodation#getDescription()
	 * @see #getAccommodation()
	 * @generated
	 */
	EAttribute getAccommodation_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Accommodation#isLowersExpectations <em>Lowers Expectations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lowers Expectations</em>'.
	 * @see org.peerplan.model.Accommodation#isLowersExpectations()
	 * @see #getAccommodation()
	 * @generated
	 */
	EAttribute getAccommodation_LowersExpectations();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.RuleWaiver <em>Rule Waiver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rule Waiver</em>'.
	 * @see org.peerplan.model.RuleWaiver
	 * @generated
	 */
	EClass getRuleWaiver();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.RuleWaiver#getRuleId <em>Rule Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Id</em>'.
	 * @see org.peerplan.model.RuleWaiver#getRuleId()
	 * @see #getRuleWaiver()
	 * @generated
	 */
	EAttribute getRuleWaiver_RuleId();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.RuleWaiver#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.peerplan.model.RuleWaiver#getReason()
	 * @see #getRuleWaiver()
	 * @generated
	 */
	EAttribute getRuleWaiver_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.RuleWaiver#getWaivedBy <em>Waived By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Waived By</em>'.
	 * @see org.peerplan.model.RuleWaiver#getWaivedBy()
	 * @see #getRuleWaiver()
	 * @generated
	 */
	EAttribute getRuleWaiver_WaivedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.RuleWaiver#getWaivedOn <em>Waived On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Waived On</em>'.
	 * @see org.peerplan.model.RuleWaiver#getWaivedOn()
	 * @see #getRuleWaiver()
	 * @generated
	 */
	EAttribute getRuleWaiver_WaivedOn();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.Baseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Baseline</em>'.
	 * @see org.peerplan.model.Baseline
	 * @generated
	 */
	EClass getBaseline();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Baseline#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.peerplan.model.Baseline#getName()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Baseline#getSetOn <em>Set On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Set On</em>'.
	 * @see org.peerplan.model.Baseline#getSetOn()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_SetOn();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.Baseline#getFirstPeerStart <em>First Peer Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Peer Start</em>'.
	 * @see org.peerplan.model.Baseline#getFirstPeerStart()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_FirstPeerStart();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.Baseline#getTasks <em>Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tasks</em>'.
	 * @see org.peerplan.model.Baseline#getTasks()
	 * @see #getBaseline()
	 * @generated
	 */
	EReference getBaseline_Tasks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.Baseline#getBudgetYears <em>Budget Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Budget Years</em>'.
	 * @see org.peerplan.model.Baseline#getBudgetYears()
	 * @see #getBaseline()
	 * @generated
	 */
	EReference getBaseline_BudgetYears();

	/**
	 * Returns the meta object for the containment reference list '{@link org.peerplan.model.Baseline#getOpenFindings <em>Open Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Open Findings</em>'.
	 * @see org.peerplan.model.Baseline#getOpenFindings()
	 * @see #getBaseline()
	 * @generated
	 */
	EReference getBaseline_OpenFindings();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.TaskBaseline <em>Task Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Task Baseline</em>'.
	 * @see org.peerplan.model.TaskBaseline
	 * @generated
	 */
	EClass getTaskBaseline();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.TaskBaseline#getTaskId <em>Task Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Task Id</em>'.
	 * @see org.peerplan.model.TaskBaseline#getTaskId()
	 * @see #getTaskBaseline()
	 * @generated
	 */
	EAttribute getTaskBaseline_TaskId();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.TaskBaseline#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.peerplan.model.TaskBaseline#getName()
	 * @see #getTaskBaseline()
	 * @generated
	 */
	EAttribute getTaskBaseline_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.TaskBaseline#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage</em>'.
	 * @see org.peerplan.model.TaskBaseline#getStage()
	 * @see #getTaskBaseline()
	 * @generated
	 */
	EAttribute getTaskBaseline_Stage();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.TaskBaseline#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.peerplan.model.TaskBaseline#getStart()
	 * @see #getTaskBaseline()
	 * @generated
	 */
	EAttribute getTaskBaseline_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.TaskBaseline#getFinish <em>Finish</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finish</em>'.
	 * @see org.peerplan.model.TaskBaseline#getFinish()
	 * @see #getTaskBaseline()
	 * @generated
	 */
	EAttribute getTaskBaseline_Finish();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.TaskBaseline#getDurationDays <em>Duration Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Days</em>'.
	 * @see org.peerplan.model.TaskBaseline#getDurationDays()
	 * @see #getTaskBaseline()
	 * @generated
	 */
	EAttribute getTaskBaseline_DurationDays();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.TaskBaseline#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.peerplan.model.TaskBaseline#getStatus()
	 * @see #getTaskBaseline()
	 * @generated
	 */
	EAttribute getTaskBaseline_Status();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.BudgetYearBaseline <em>Budget Year Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Budget Year Baseline</em>'.
	 * @see org.peerplan.model.BudgetYearBaseline
	 * @generated
	 */
	EClass getBudgetYearBaseline();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.BudgetYearBaseline#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.peerplan.model.BudgetYearBaseline#getYear()
	 * @see #getBudgetYearBaseline()
	 * @generated
	 */
	EAttribute getBudgetYearBaseline_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.BudgetYearBaseline#getTotal <em>Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total</em>'.
	 * @see org.peerplan.model.BudgetYearBaseline#getTotal()
	 * @see #getBudgetYearBaseline()
	 * @generated
	 */
	EAttribute getBudgetYearBaseline_Total();

	/**
	 * Returns the meta object for class '{@link org.peerplan.model.FindingBaseline <em>Finding Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finding Baseline</em>'.
	 * @see org.peerplan.model.FindingBaseline
	 * @generated
	 */
	EClass getFindingBaseline();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.FindingBaseline#getRuleId <em>Rule Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Id</em>'.
	 * @see org.peerplan.model.FindingBaseline#getRuleId()
	 * @see #getFindingBaseline()
	 * @generated
	 */
	EAttribute getFindingBaseline_RuleId();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.FindingBaseline#getPlace <em>Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Place</em>'.
	 * @see org.peerplan.model.FindingBaseline#getPlace()
	 * @see #getFindingBaseline()
	 * @generated
	 */
	EAttribute getFindingBaseline_Place();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.FindingBaseline#getElementId <em>Element Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Id</em>'.
	 * @see org.peerplan.model.FindingBaseline#getElementId()
	 * @see #getFindingBaseline()
	 * @generated
	 */
	EAttribute getFindingBaseline_ElementId();

	/**
	 * Returns the meta object for the attribute '{@link org.peerplan.model.FindingBaseline#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.peerplan.model.FindingBaseline#getMessage()
	 * @see #getFindingBaseline()
	 * @generated
	 */
	EAttribute getFindingBaseline_Message();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.StaffLevel <em>Staff Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Staff Level</em>'.
	 * @see org.peerplan.model.StaffLevel
	 * @generated
	 */
	EEnum getStaffLevel();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.QuizAnswerValue <em>Quiz Answer Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Quiz Answer Value</em>'.
	 * @see org.peerplan.model.QuizAnswerValue
	 * @generated
	 */
	EEnum getQuizAnswerValue();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.LikertAgreement <em>Likert Agreement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Likert Agreement</em>'.
	 * @see org.peerplan.model.LikertAgreement
	 * @generated
	 */
	EEnum getLikertAgreement();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.AssessmentAnswerValue <em>Assessment Answer Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Assessment Answer Value</em>'.
	 * @see org.peerplan.model.AssessmentAnswerValue
	 * @generated
	 */
	EEnum getAssessmentAnswerValue();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.CompetencyRating <em>Competency Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Competency Rating</em>'.
	 * @see org.peerplan.model.CompetencyRating
	 * @generated
	 */
	EEnum getCompetencyRating();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.TaskStatus <em>Task Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Task Status</em>'.
	 * @see org.peerplan.model.TaskStatus
	 * @generated
	 */
	EEnum getTaskStatus();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.FindingStatus <em>Finding Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Finding Status</em>'.
	 * @see org.peerplan.model.FindingStatus
	 * @generated
	 */
	EEnum getFindingStatus();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.PlanningStatus <em>Planning Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Planning Status</em>'.
	 * @see org.peerplan.model.PlanningStatus
	 * @generated
	 */
	EEnum getPlanningStatus();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.RootCauseCategory <em>Root Cause Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Root Cause Category</em>'.
	 * @see org.peerplan.model.RootCauseCategory
	 * @generated
	 */
	EEnum getRootCauseCategory();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.ActionStatus <em>Action Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action Status</em>'.
	 * @see org.peerplan.model.ActionStatus
	 * @generated
	 */
	EEnum getActionStatus();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.PeerWorkerType <em>Peer Worker Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Peer Worker Type</em>'.
	 * @see org.peerplan.model.PeerWorkerType
	 * @generated
	 */
	EEnum getPeerWorkerType();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.PayPattern <em>Pay Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Pay Pattern</em>'.
	 * @see org.peerplan.model.PayPattern
	 * @generated
	 */
	EEnum getPayPattern();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.PeerSupervisorSource <em>Peer Supervisor Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Peer Supervisor Source</em>'.
	 * @see org.peerplan.model.PeerSupervisorSource
	 * @generated
	 */
	EEnum getPeerSupervisorSource();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.CheckInFrequency <em>Check In Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Check In Frequency</em>'.
	 * @see org.peerplan.model.CheckInFrequency
	 * @generated
	 */
	EEnum getCheckInFrequency();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.EventFrequency <em>Event Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Event Frequency</em>'.
	 * @see org.peerplan.model.EventFrequency
	 * @generated
	 */
	EEnum getEventFrequency();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.RiskLevel <em>Risk Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Risk Level</em>'.
	 * @see org.peerplan.model.RiskLevel
	 * @generated
	 */
	EEnum getRiskLevel();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.RiskKind <em>Risk Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Risk Kind</em>'.
	 * @see org.peerplan.model.RiskKind
	 * @generated
	 */
	EEnum getRiskKind();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.BudgetCategory <em>Budget Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Budget Category</em>'.
	 * @see org.peerplan.model.BudgetCategory
	 * @generated
	 */
	EEnum getBudgetCategory();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.DecisionTopic <em>Decision Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Decision Topic</em>'.
	 * @see org.peerplan.model.DecisionTopic
	 * @generated
	 */
	EEnum getDecisionTopic();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.SupportTrigger <em>Support Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Support Trigger</em>'.
	 * @see org.peerplan.model.SupportTrigger
	 * @generated
	 */
	EEnum getSupportTrigger();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.WellbeingPracticeKind <em>Wellbeing Practice Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Wellbeing Practice Kind</em>'.
	 * @see org.peerplan.model.WellbeingPracticeKind
	 * @generated
	 */
	EEnum getWellbeingPracticeKind();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.InterviewQuestionBank <em>Interview Question Bank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interview Question Bank</em>'.
	 * @see org.peerplan.model.InterviewQuestionBank
	 * @generated
	 */
	EEnum getInterviewQuestionBank();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.EvaluationRating <em>Evaluation Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evaluation Rating</em>'.
	 * @see org.peerplan.model.EvaluationRating
	 * @generated
	 */
	EEnum getEvaluationRating();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.WorkPlanNeedType <em>Work Plan Need Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Work Plan Need Type</em>'.
	 * @see org.peerplan.model.WorkPlanNeedType
	 * @generated
	 */
	EEnum getWorkPlanNeedType();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.WorkPlanParty <em>Work Plan Party</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Work Plan Party</em>'.
	 * @see org.peerplan.model.WorkPlanParty
	 * @generated
	 */
	EEnum getWorkPlanParty();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.PlanOfActionOutcome <em>Plan Of Action Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Plan Of Action Outcome</em>'.
	 * @see org.peerplan.model.PlanOfActionOutcome
	 * @generated
	 */
	EEnum getPlanOfActionOutcome();

	/**
	 * Returns the meta object for enum '{@link org.peerplan.model.YesNo <em>Yes No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Yes No</em>'.
	 * @see org.peerplan.model.YesNo
	 * @generated
	 */
	EEnum getYesNo();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without time zone, written as ISO 8601 (2027-03-01).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel create='return it == null ? null : java.time.LocalDate.parse(it.trim());' convert='return it == null ? null : it.toString();'"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PeerPlanFactory getPeerPlanFactory();

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
		 * The meta object literal for the '{@link org.peerplan.model.impl.ImplementationPlanImpl <em>Implementation Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.ImplementationPlanImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getImplementationPlan()
		 * @generated
		 */
		EClass IMPLEMENTATION_PLAN = eINSTANCE.getImplementationPlan();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPLEMENTATION_PLAN__NAME = eINSTANCE.getImplementationPlan_Name();

		/**
		 * The meta object literal for the '<em><b>Consultant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPLEMENTATION_PLAN__CONSULTANT = eINSTANCE.getImplementationPlan_Consultant();

		/**
		 * The meta object literal for the '<em><b>Prepared On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPLEMENTATION_PLAN__PREPARED_ON = eINSTANCE.getImplementationPlan_PreparedOn();

		/**
		 * The meta object literal for the '<em><b>Agency</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__AGENCY = eINSTANCE.getImplementationPlan_Agency();

		/**
		 * The meta object literal for the '<em><b>Readiness</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__READINESS = eINSTANCE.getImplementationPlan_Readiness();

		/**
		 * The meta object literal for the '<em><b>Timeline</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__TIMELINE = eINSTANCE.getImplementationPlan_Timeline();

		/**
		 * The meta object literal for the '<em><b>Policy Review</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__POLICY_REVIEW = eINSTANCE.getImplementationPlan_PolicyReview();

		/**
		 * The meta object literal for the '<em><b>Root Cause Analyses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__ROOT_CAUSE_ANALYSES = eINSTANCE.getImplementationPlan_RootCauseAnalyses();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__ACTIONS = eINSTANCE.getImplementationPlan_Actions();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__ROLES = eINSTANCE.getImplementationPlan_Roles();

		/**
		 * The meta object literal for the '<em><b>Supervision</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__SUPERVISION = eINSTANCE.getImplementationPlan_Supervision();

		/**
		 * The meta object literal for the '<em><b>Training Plan</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__TRAINING_PLAN = eINSTANCE.getImplementationPlan_TrainingPlan();

		/**
		 * The meta object literal for the '<em><b>Budget</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__BUDGET = eINSTANCE.getImplementationPlan_Budget();

		/**
		 * The meta object literal for the '<em><b>Risks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__RISKS = eINSTANCE.getImplementationPlan_Risks();

		/**
		 * The meta object literal for the '<em><b>Decisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__DECISIONS = eINSTANCE.getImplementationPlan_Decisions();

		/**
		 * The meta object literal for the '<em><b>Outcomes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__OUTCOMES = eINSTANCE.getImplementationPlan_Outcomes();

		/**
		 * The meta object literal for the '<em><b>Performance</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__PERFORMANCE = eINSTANCE.getImplementationPlan_Performance();

		/**
		 * The meta object literal for the '<em><b>Rule Waivers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__RULE_WAIVERS = eINSTANCE.getImplementationPlan_RuleWaivers();

		/**
		 * The meta object literal for the '<em><b>Baselines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__BASELINES = eINSTANCE.getImplementationPlan_Baselines();

		/**
		 * The meta object literal for the '<em><b>Current Baseline</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPLEMENTATION_PLAN__CURRENT_BASELINE = eINSTANCE.getImplementationPlan_CurrentBaseline();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.AgencyImpl <em>Agency</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.AgencyImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getAgency()
		 * @generated
		 */
		EClass AGENCY = eINSTANCE.getAgency();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__NAME = eINSTANCE.getAgency_Name();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__STATE = eINSTANCE.getAgency_State();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__REGION = eINSTANCE.getAgency_Region();

		/**
		 * The meta object literal for the '<em><b>Mission</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__MISSION = eINSTANCE.getAgency_Mission();

		/**
		 * The meta object literal for the '<em><b>Vision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__VISION = eINSTANCE.getAgency_Vision();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__VALUES = eINSTANCE.getAgency_Values();

		/**
		 * The meta object literal for the '<em><b>Bills Medicaid For Peer Services</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__BILLS_MEDICAID_FOR_PEER_SERVICES = eINSTANCE.getAgency_BillsMedicaidForPeerServices();

		/**
		 * The meta object literal for the '<em><b>Living Wage Hourly</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__LIVING_WAGE_HOURLY = eINSTANCE.getAgency_LivingWageHourly();

		/**
		 * The meta object literal for the '<em><b>Lowest Hourly Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__LOWEST_HOURLY_RATE = eINSTANCE.getAgency_LowestHourlyRate();

		/**
		 * The meta object literal for the '<em><b>Entry Level Direct Support Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__ENTRY_LEVEL_DIRECT_SUPPORT_RATE = eINSTANCE.getAgency_EntryLevelDirectSupportRate();

		/**
		 * The meta object literal for the '<em><b>Hours Per Fte</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__HOURS_PER_FTE = eINSTANCE.getAgency_HoursPerFte();

		/**
		 * The meta object literal for the '<em><b>Fringe Benefit Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__FRINGE_BENEFIT_RATE = eINSTANCE.getAgency_FringeBenefitRate();

		/**
		 * The meta object literal for the '<em><b>Medicaid Hourly Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__MEDICAID_HOURLY_RATE = eINSTANCE.getAgency_MedicaidHourlyRate();

		/**
		 * The meta object literal for the '<em><b>Billable Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__BILLABLE_SHARE = eINSTANCE.getAgency_BillableShare();

		/**
		 * The meta object literal for the '<em><b>Programs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENCY__PROGRAMS = eINSTANCE.getAgency_Programs();

		/**
		 * The meta object literal for the '<em><b>People</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENCY__PEOPLE = eINSTANCE.getAgency_People();

		/**
		 * The meta object literal for the '<em><b>Funder Constraints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENCY__FUNDER_CONSTRAINTS = eINSTANCE.getAgency_FunderConstraints();

		/**
		 * The meta object literal for the '<em><b>Advisory Board</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENCY__ADVISORY_BOARD = eINSTANCE.getAgency_AdvisoryBoard();

		/**
		 * The meta object literal for the '<em><b>Holidays</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENCY__HOLIDAYS = eINSTANCE.getAgency_Holidays();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.HolidayImpl <em>Holiday</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.HolidayImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getHoliday()
		 * @generated
		 */
		EClass HOLIDAY = eINSTANCE.getHoliday();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOLIDAY__NAME = eINSTANCE.getHoliday_Name();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOLIDAY__DATE = eINSTANCE.getHoliday_Date();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.ProgramImpl <em>Program</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.ProgramImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getProgram()
		 * @generated
		 */
		EClass PROGRAM = eINSTANCE.getProgram();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAM__NAME = eINSTANCE.getProgram_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAM__DESCRIPTION = eINSTANCE.getProgram_Description();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.PersonImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__NAME = eINSTANCE.getPerson_Name();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__TITLE = eINSTANCE.getPerson_Title();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__LEVEL = eINSTANCE.getPerson_Level();

		/**
		 * The meta object literal for the '<em><b>Organization</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__ORGANIZATION = eINSTANCE.getPerson_Organization();

		/**
		 * The meta object literal for the '<em><b>Peer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__PEER = eINSTANCE.getPerson_Peer();

		/**
		 * The meta object literal for the '<em><b>Champion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__CHAMPION = eINSTANCE.getPerson_Champion();

		/**
		 * The meta object literal for the '<em><b>High Level Administrator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__HIGH_LEVEL_ADMINISTRATOR = eINSTANCE.getPerson_HighLevelAdministrator();

		/**
		 * The meta object literal for the '<em><b>Masters Level Clinician</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__MASTERS_LEVEL_CLINICIAN = eINSTANCE.getPerson_MastersLevelClinician();

		/**
		 * The meta object literal for the '<em><b>Trained In Peer Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__TRAINED_IN_PEER_ROLE = eINSTANCE.getPerson_TrainedInPeerRole();

		/**
		 * The meta object literal for the '<em><b>Peer Supervisor Training</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__PEER_SUPERVISOR_TRAINING = eINSTANCE.getPerson_PeerSupervisorTraining();

		/**
		 * The meta object literal for the '<em><b>Receives Services</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__RECEIVES_SERVICES = eINSTANCE.getPerson_ReceivesServices();

		/**
		 * The meta object literal for the '<em><b>Named With Lived Experience</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__NAMED_WITH_LIVED_EXPERIENCE = eINSTANCE.getPerson_NamedWithLivedExperience();

		/**
		 * The meta object literal for the '<em><b>Naming Consent On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__NAMING_CONSENT_ON = eINSTANCE.getPerson_NamingConsentOn();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.FunderConstraintImpl <em>Funder Constraint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.FunderConstraintImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getFunderConstraint()
		 * @generated
		 */
		EClass FUNDER_CONSTRAINT = eINSTANCE.getFunderConstraint();

		/**
		 * The meta object literal for the '<em><b>Funder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDER_CONSTRAINT__FUNDER = eINSTANCE.getFunderConstraint_Funder();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDER_CONSTRAINT__DESCRIPTION = eINSTANCE.getFunderConstraint_Description();

		/**
		 * The meta object literal for the '<em><b>First Peer Start By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDER_CONSTRAINT__FIRST_PEER_START_BY = eINSTANCE.getFunderConstraint_FirstPeerStartBy();

		/**
		 * The meta object literal for the '<em><b>Annual Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNDER_CONSTRAINT__ANNUAL_AMOUNT = eINSTANCE.getFunderConstraint_AnnualAmount();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.AdvisoryBoardImpl <em>Advisory Board</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.AdvisoryBoardImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getAdvisoryBoard()
		 * @generated
		 */
		EClass ADVISORY_BOARD = eINSTANCE.getAdvisoryBoard();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVISORY_BOARD__NAME = eINSTANCE.getAdvisoryBoard_Name();

		/**
		 * The meta object literal for the '<em><b>Service User Members</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVISORY_BOARD__SERVICE_USER_MEMBERS = eINSTANCE.getAdvisoryBoard_ServiceUserMembers();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADVISORY_BOARD__MEMBERS = eINSTANCE.getAdvisoryBoard_Members();

		/**
		 * The meta object literal for the '<em><b>Established</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVISORY_BOARD__ESTABLISHED = eINSTANCE.getAdvisoryBoard_Established();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.ReadinessAssessmentImpl <em>Readiness Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.ReadinessAssessmentImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getReadinessAssessment()
		 * @generated
		 */
		EClass READINESS_ASSESSMENT = eINSTANCE.getReadinessAssessment();

		/**
		 * The meta object literal for the '<em><b>Respondents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference READINESS_ASSESSMENT__RESPONDENTS = eINSTANCE.getReadinessAssessment_Respondents();

		/**
		 * The meta object literal for the '<em><b>Motivation</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference READINESS_ASSESSMENT__MOTIVATION = eINSTANCE.getReadinessAssessment_Motivation();

		/**
		 * The meta object literal for the '<em><b>Survey Responses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference READINESS_ASSESSMENT__SURVEY_RESPONSES = eINSTANCE.getReadinessAssessment_SurveyResponses();

		/**
		 * The meta object literal for the '<em><b>Competencies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference READINESS_ASSESSMENT__COMPETENCIES = eINSTANCE.getReadinessAssessment_Competencies();

		/**
		 * The meta object literal for the '<em><b>Benchmarks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference READINESS_ASSESSMENT__BENCHMARKS = eINSTANCE.getReadinessAssessment_Benchmarks();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.RespondentImpl <em>Respondent</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.RespondentImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getRespondent()
		 * @generated
		 */
		EClass RESPONDENT = eINSTANCE.getRespondent();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESPONDENT__PERSON = eINSTANCE.getRespondent_Person();

		/**
		 * The meta object literal for the '<em><b>Answered On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONDENT__ANSWERED_ON = eINSTANCE.getRespondent_AnsweredOn();

		/**
		 * The meta object literal for the '<em><b>Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESPONDENT__ANSWERS = eINSTANCE.getRespondent_Answers();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.QuizAnswerImpl <em>Quiz Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.QuizAnswerImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getQuizAnswer()
		 * @generated
		 */
		EClass QUIZ_ANSWER = eINSTANCE.getQuizAnswer();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUIZ_ANSWER__ITEM = eINSTANCE.getQuizAnswer_Item();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUIZ_ANSWER__VALUE = eINSTANCE.getQuizAnswer_Value();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUIZ_ANSWER__COMMENT = eINSTANCE.getQuizAnswer_Comment();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.MotivationAnswerImpl <em>Motivation Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.MotivationAnswerImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getMotivationAnswer()
		 * @generated
		 */
		EClass MOTIVATION_ANSWER = eINSTANCE.getMotivationAnswer();

		/**
		 * The meta object literal for the '<em><b>Question</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MOTIVATION_ANSWER__QUESTION = eINSTANCE.getMotivationAnswer_Question();

		/**
		 * The meta object literal for the '<em><b>Answer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOTIVATION_ANSWER__ANSWER = eINSTANCE.getMotivationAnswer_Answer();

		/**
		 * The meta object literal for the '<em><b>Struggled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MOTIVATION_ANSWER__STRUGGLED = eINSTANCE.getMotivationAnswer_Struggled();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.SurveyResponseImpl <em>Survey Response</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.SurveyResponseImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getSurveyResponse()
		 * @generated
		 */
		EClass SURVEY_RESPONSE = eINSTANCE.getSurveyResponse();

		/**
		 * The meta object literal for the '<em><b>Respondent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY_RESPONSE__RESPONDENT = eINSTANCE.getSurveyResponse_Respondent();

		/**
		 * The meta object literal for the '<em><b>Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SURVEY_RESPONSE__ANSWERS = eINSTANCE.getSurveyResponse_Answers();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.SurveyAnswerImpl <em>Survey Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.SurveyAnswerImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getSurveyAnswer()
		 * @generated
		 */
		EClass SURVEY_ANSWER = eINSTANCE.getSurveyAnswer();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SURVEY_ANSWER__ITEM = eINSTANCE.getSurveyAnswer_Item();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY_ANSWER__VALUE = eINSTANCE.getSurveyAnswer_Value();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.CompetencyAssessmentImpl <em>Competency Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.CompetencyAssessmentImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getCompetencyAssessment()
		 * @generated
		 */
		EClass COMPETENCY_ASSESSMENT = eINSTANCE.getCompetencyAssessment();

		/**
		 * The meta object literal for the '<em><b>Competency</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPETENCY_ASSESSMENT__COMPETENCY = eINSTANCE.getCompetencyAssessment_Competency();

		/**
		 * The meta object literal for the '<em><b>Rating</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPETENCY_ASSESSMENT__RATING = eINSTANCE.getCompetencyAssessment_Rating();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPETENCY_ASSESSMENT__NOTES = eINSTANCE.getCompetencyAssessment_Notes();

		/**
		 * The meta object literal for the '<em><b>Assessed By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPETENCY_ASSESSMENT__ASSESSED_BY = eINSTANCE.getCompetencyAssessment_AssessedBy();

		/**
		 * The meta object literal for the '<em><b>Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPETENCY_ASSESSMENT__ANSWERS = eINSTANCE.getCompetencyAssessment_Answers();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.AssessmentAnswerImpl <em>Assessment Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.AssessmentAnswerImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getAssessmentAnswer()
		 * @generated
		 */
		EClass ASSESSMENT_ANSWER = eINSTANCE.getAssessmentAnswer();

		/**
		 * The meta object literal for the '<em><b>Question</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT_ANSWER__QUESTION = eINSTANCE.getAssessmentAnswer_Question();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT_ANSWER__VALUE = eINSTANCE.getAssessmentAnswer_Value();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT_ANSWER__NOTES = eINSTANCE.getAssessmentAnswer_Notes();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.TimelineBenchmarkImpl <em>Timeline Benchmark</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.TimelineBenchmarkImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getTimelineBenchmark()
		 * @generated
		 */
		EClass TIMELINE_BENCHMARK = eINSTANCE.getTimelineBenchmark();

		/**
		 * The meta object literal for the '<em><b>Organization</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMELINE_BENCHMARK__ORGANIZATION = eINSTANCE.getTimelineBenchmark_Organization();

		/**
		 * The meta object literal for the '<em><b>Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMELINE_BENCHMARK__MONTHS = eINSTANCE.getTimelineBenchmark_Months();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMELINE_BENCHMARK__NOTES = eINSTANCE.getTimelineBenchmark_Notes();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.TimelineImpl <em>Timeline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.TimelineImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getTimeline()
		 * @generated
		 */
		EClass TIMELINE = eINSTANCE.getTimeline();

		/**
		 * The meta object literal for the '<em><b>Plan Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMELINE__PLAN_START = eINSTANCE.getTimeline_PlanStart();

		/**
		 * The meta object literal for the '<em><b>First Peer Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMELINE__FIRST_PEER_START = eINSTANCE.getTimeline_FirstPeerStart();

		/**
		 * The meta object literal for the '<em><b>Stages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TIMELINE__STAGES = eINSTANCE.getTimeline_Stages();

		/**
		 * The meta object literal for the '<em><b>Speed Ups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TIMELINE__SPEED_UPS = eINSTANCE.getTimeline_SpeedUps();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.StageImpl <em>Stage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.StageImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getStage()
		 * @generated
		 */
		EClass STAGE = eINSTANCE.getStage();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__NAME = eINSTANCE.getStage_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__KIND = eINSTANCE.getStage_Kind();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAGE__TEMPLATE = eINSTANCE.getStage_Template();

		/**
		 * The meta object literal for the '<em><b>Tasks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAGE__TASKS = eINSTANCE.getStage_Tasks();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.TaskImpl <em>Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.TaskImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getTask()
		 * @generated
		 */
		EClass TASK = eINSTANCE.getTask();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__NAME = eINSTANCE.getTask_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__DESCRIPTION = eINSTANCE.getTask_Description();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK__OWNER = eINSTANCE.getTask_Owner();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__START = eINSTANCE.getTask_Start();

		/**
		 * The meta object literal for the '<em><b>Duration Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__DURATION_DAYS = eINSTANCE.getTask_DurationDays();

		/**
		 * The meta object literal for the '<em><b>Depends On</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK__DEPENDS_ON = eINSTANCE.getTask_DependsOn();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__STATUS = eINSTANCE.getTask_Status();

		/**
		 * The meta object literal for the '<em><b>Milestone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__MILESTONE = eINSTANCE.getTask_Milestone();

		/**
		 * The meta object literal for the '<em><b>Deliverable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__DELIVERABLE = eINSTANCE.getTask_Deliverable();

		/**
		 * The meta object literal for the '<em><b>Guidance</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK__GUIDANCE = eINSTANCE.getTask_Guidance();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK__TEMPLATE = eINSTANCE.getTask_Template();

		/**
		 * The meta object literal for the '<em><b>Covers</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK__COVERS = eINSTANCE.getTask_Covers();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.SpeedUpChoiceImpl <em>Speed Up Choice</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.SpeedUpChoiceImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getSpeedUpChoice()
		 * @generated
		 */
		EClass SPEED_UP_CHOICE = eINSTANCE.getSpeedUpChoice();

		/**
		 * The meta object literal for the '<em><b>Option</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPEED_UP_CHOICE__OPTION = eINSTANCE.getSpeedUpChoice_Option();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPEED_UP_CHOICE__RATIONALE = eINSTANCE.getSpeedUpChoice_Rationale();

		/**
		 * The meta object literal for the '<em><b>Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPEED_UP_CHOICE__COST = eINSTANCE.getSpeedUpChoice_Cost();

		/**
		 * The meta object literal for the '<em><b>Task</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPEED_UP_CHOICE__TASK = eINSTANCE.getSpeedUpChoice_Task();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.PolicyReviewImpl <em>Policy Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.PolicyReviewImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPolicyReview()
		 * @generated
		 */
		EClass POLICY_REVIEW = eINSTANCE.getPolicyReview();

		/**
		 * The meta object literal for the '<em><b>Reviewed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_REVIEW__REVIEWED_ON = eINSTANCE.getPolicyReview_ReviewedOn();

		/**
		 * The meta object literal for the '<em><b>Reviewer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_REVIEW__REVIEWER = eINSTANCE.getPolicyReview_Reviewer();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_REVIEW__FINDINGS = eINSTANCE.getPolicyReview_Findings();

		/**
		 * The meta object literal for the '<em><b>Policies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_REVIEW__POLICIES = eINSTANCE.getPolicyReview_Policies();

		/**
		 * The meta object literal for the '<em><b>Planning Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_REVIEW__PLANNING_ITEMS = eINSTANCE.getPolicyReview_PlanningItems();

		/**
		 * The meta object literal for the '<em><b>Risk Factors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_REVIEW__RISK_FACTORS = eINSTANCE.getPolicyReview_RiskFactors();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.PolicyFindingImpl <em>Policy Finding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.PolicyFindingImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPolicyFinding()
		 * @generated
		 */
		EClass POLICY_FINDING = eINSTANCE.getPolicyFinding();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_FINDING__ITEM = eINSTANCE.getPolicyFinding_Item();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_FINDING__STATUS = eINSTANCE.getPolicyFinding_Status();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_FINDING__EVIDENCE = eINSTANCE.getPolicyFinding_Evidence();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.PolicyImpl <em>Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.PolicyImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPolicy()
		 * @generated
		 */
		EClass POLICY = eINSTANCE.getPolicy();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY__NAME = eINSTANCE.getPolicy_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY__DESCRIPTION = eINSTANCE.getPolicy_Description();

		/**
		 * The meta object literal for the '<em><b>Peer Roles Only</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY__PEER_ROLES_ONLY = eINSTANCE.getPolicy_PeerRolesOnly();

		/**
		 * The meta object literal for the '<em><b>Flexible</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY__FLEXIBLE = eINSTANCE.getPolicy_Flexible();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.PlanningItemStatusImpl <em>Planning Item Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.PlanningItemStatusImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPlanningItemStatus()
		 * @generated
		 */
		EClass PLANNING_ITEM_STATUS = eINSTANCE.getPlanningItemStatus();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANNING_ITEM_STATUS__ITEM = eINSTANCE.getPlanningItemStatus_Item();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_ITEM_STATUS__STATUS = eINSTANCE.getPlanningItemStatus_Status();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANNING_ITEM_STATUS__OWNER = eINSTANCE.getPlanningItemStatus_Owner();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_ITEM_STATUS__NOTES = eINSTANCE.getPlanningItemStatus_Notes();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANNING_ITEM_STATUS__ACTIONS = eINSTANCE.getPlanningItemStatus_Actions();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.RiskFactorMappingImpl <em>Risk Factor Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.RiskFactorMappingImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getRiskFactorMapping()
		 * @generated
		 */
		EClass RISK_FACTOR_MAPPING = eINSTANCE.getRiskFactorMapping();

		/**
		 * The meta object literal for the '<em><b>Factor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RISK_FACTOR_MAPPING__FACTOR = eINSTANCE.getRiskFactorMapping_Factor();

		/**
		 * The meta object literal for the '<em><b>Current Practice</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_FACTOR_MAPPING__CURRENT_PRACTICE = eINSTANCE.getRiskFactorMapping_CurrentPractice();

		/**
		 * The meta object literal for the '<em><b>Gap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_FACTOR_MAPPING__GAP = eINSTANCE.getRiskFactorMapping_Gap();

		/**
		 * The meta object literal for the '<em><b>Policies</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RISK_FACTOR_MAPPING__POLICIES = eINSTANCE.getRiskFactorMapping_Policies();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RISK_FACTOR_MAPPING__ACTIONS = eINSTANCE.getRiskFactorMapping_Actions();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.RootCauseAnalysisImpl <em>Root Cause Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.RootCauseAnalysisImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getRootCauseAnalysis()
		 * @generated
		 */
		EClass ROOT_CAUSE_ANALYSIS = eINSTANCE.getRootCauseAnalysis();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROOT_CAUSE_ANALYSIS__TITLE = eINSTANCE.getRootCauseAnalysis_Title();

		/**
		 * The meta object literal for the '<em><b>Challenge</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROOT_CAUSE_ANALYSIS__CHALLENGE = eINSTANCE.getRootCauseAnalysis_Challenge();

		/**
		 * The meta object literal for the '<em><b>Current Situation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROOT_CAUSE_ANALYSIS__CURRENT_SITUATION = eINSTANCE.getRootCauseAnalysis_CurrentSituation();

		/**
		 * The meta object literal for the '<em><b>Related Findings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROOT_CAUSE_ANALYSIS__RELATED_FINDINGS = eINSTANCE.getRootCauseAnalysis_RelatedFindings();

		/**
		 * The meta object literal for the '<em><b>Related Competency</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROOT_CAUSE_ANALYSIS__RELATED_COMPETENCY = eINSTANCE.getRootCauseAnalysis_RelatedCompetency();

		/**
		 * The meta object literal for the '<em><b>Causes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROOT_CAUSE_ANALYSIS__CAUSES = eINSTANCE.getRootCauseAnalysis_Causes();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.CauseImpl <em>Cause</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.CauseImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getCause()
		 * @generated
		 */
		EClass CAUSE = eINSTANCE.getCause();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAUSE__CATEGORY = eINSTANCE.getCause_Category();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAUSE__DESCRIPTION = eINSTANCE.getCause_Description();

		/**
		 * The meta object literal for the '<em><b>Whys</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAUSE__WHYS = eINSTANCE.getCause_Whys();

		/**
		 * The meta object literal for the '<em><b>Details</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAUSE__DETAILS = eINSTANCE.getCause_Details();

		/**
		 * The meta object literal for the '<em><b>Sub Causes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAUSE__SUB_CAUSES = eINSTANCE.getCause_SubCauses();

		/**
		 * The meta object literal for the '<em><b>Interventions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAUSE__INTERVENTIONS = eINSTANCE.getCause_Interventions();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.WhyImpl <em>Why</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.WhyImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getWhy()
		 * @generated
		 */
		EClass WHY = eINSTANCE.getWhy();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WHY__TEXT = eINSTANCE.getWhy_Text();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.InterventionImpl <em>Intervention</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.InterventionImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getIntervention()
		 * @generated
		 */
		EClass INTERVENTION = eINSTANCE.getIntervention();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__DESCRIPTION = eINSTANCE.getIntervention_Description();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERVENTION__ACTIONS = eINSTANCE.getIntervention_Actions();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.ActionImpl <em>Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.ActionImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getAction()
		 * @generated
		 */
		EClass ACTION = eINSTANCE.getAction();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__TITLE = eINSTANCE.getAction_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__DESCRIPTION = eINSTANCE.getAction_Description();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__OWNER = eINSTANCE.getAction_Owner();

		/**
		 * The meta object literal for the '<em><b>Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__DUE = eINSTANCE.getAction_Due();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__STATUS = eINSTANCE.getAction_Status();

		/**
		 * The meta object literal for the '<em><b>Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__COST = eINSTANCE.getAction_Cost();

		/**
		 * The meta object literal for the '<em><b>Success Measure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__SUCCESS_MEASURE = eINSTANCE.getAction_SuccessMeasure();

		/**
		 * The meta object literal for the '<em><b>Addresses</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__ADDRESSES = eINSTANCE.getAction_Addresses();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__FINDINGS = eINSTANCE.getAction_Findings();

		/**
		 * The meta object literal for the '<em><b>Tasks</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__TASKS = eINSTANCE.getAction_Tasks();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.PeerRoleImpl <em>Peer Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.PeerRoleImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPeerRole()
		 * @generated
		 */
		EClass PEER_ROLE = eINSTANCE.getPeerRole();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEER_ROLE__TITLE = eINSTANCE.getPeerRole_Title();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEER_ROLE__TYPE = eINSTANCE.getPeerRole_Type();

		/**
		 * The meta object literal for the '<em><b>Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEER_ROLE__POPULATION = eINSTANCE.getPeerRole_Population();

		/**
		 * The meta object literal for the '<em><b>Lived Experience Requirement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEER_ROLE__LIVED_EXPERIENCE_REQUIREMENT = eINSTANCE.getPeerRole_LivedExperienceRequirement();

		/**
		 * The meta object literal for the '<em><b>Program</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PEER_ROLE__PROGRAM = eINSTANCE.getPeerRole_Program();

		/**
		 * The meta object literal for the '<em><b>Fte</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEER_ROLE__FTE = eINSTANCE.getPeerRole_Fte();

		/**
		 * The meta object literal for the '<em><b>Hours Per Week</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEER_ROLE__HOURS_PER_WEEK = eINSTANCE.getPeerRole_HoursPerWeek();

		/**
		 * The meta object literal for the '<em><b>Hourly Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEER_ROLE__HOURLY_RATE = eINSTANCE.getPeerRole_HourlyRate();

		/**
		 * The meta object literal for the '<em><b>Pay Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEER_ROLE__PAY_PATTERN = eINSTANCE.getPeerRole_PayPattern();

		/**
		 * The meta object literal for the '<em><b>Pay Benchmarked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEER_ROLE__PAY_BENCHMARKED = eINSTANCE.getPeerRole_PayBenchmarked();

		/**
		 * The meta object literal for the '<em><b>Pay Recognizes Lived Experience</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEER_ROLE__PAY_RECOGNIZES_LIVED_EXPERIENCE = eINSTANCE.getPeerRole_PayRecognizesLivedExperience();

		/**
		 * The meta object literal for the '<em><b>Pay Linked To Training</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEER_ROLE__PAY_LINKED_TO_TRAINING = eINSTANCE.getPeerRole_PayLinkedToTraining();

		/**
		 * The meta object literal for the '<em><b>Reports To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PEER_ROLE__REPORTS_TO = eINSTANCE.getPeerRole_ReportsTo();

		/**
		 * The meta object literal for the '<em><b>Administrative Supervisor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PEER_ROLE__ADMINISTRATIVE_SUPERVISOR = eINSTANCE.getPeerRole_AdministrativeSupervisor();

		/**
		 * The meta object literal for the '<em><b>Professional Development Supervisor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PEER_ROLE__PROFESSIONAL_DEVELOPMENT_SUPERVISOR = eINSTANCE.getPeerRole_ProfessionalDevelopmentSupervisor();

		/**
		 * The meta object literal for the '<em><b>Supervisor Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEER_ROLE__SUPERVISOR_SOURCE = eINSTANCE.getPeerRole_SupervisorSource();

		/**
		 * The meta object literal for the '<em><b>Contracted Supervision Per Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEER_ROLE__CONTRACTED_SUPERVISION_PER_YEAR = eINSTANCE.getPeerRole_ContractedSupervisionPerYear();

		/**
		 * The meta object literal for the '<em><b>Check In Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEER_ROLE__CHECK_IN_FREQUENCY = eINSTANCE.getPeerRole_CheckInFrequency();

		/**
		 * The meta object literal for the '<em><b>Caseload</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEER_ROLE__CASELOAD = eINSTANCE.getPeerRole_Caseload();

		/**
		 * The meta object literal for the '<em><b>Drives</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEER_ROLE__DRIVES = eINSTANCE.getPeerRole_Drives();

		/**
		 * The meta object literal for the '<em><b>Certification</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEER_ROLE__CERTIFICATION = eINSTANCE.getPeerRole_Certification();

		/**
		 * The meta object literal for the '<em><b>Certification Within Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEER_ROLE__CERTIFICATION_WITHIN_MONTHS = eINSTANCE.getPeerRole_CertificationWithinMonths();

		/**
		 * The meta object literal for the '<em><b>Planned Ce Hours Per Two Years</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEER_ROLE__PLANNED_CE_HOURS_PER_TWO_YEARS = eINSTANCE.getPeerRole_PlannedCeHoursPerTwoYears();

		/**
		 * The meta object literal for the '<em><b>Hiring Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEER_ROLE__HIRING_RATIONALE = eINSTANCE.getPeerRole_HiringRationale();

		/**
		 * The meta object literal for the '<em><b>Filled By Retitling</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEER_ROLE__FILLED_BY_RETITLING = eINSTANCE.getPeerRole_FilledByRetitling();

		/**
		 * The meta object literal for the '<em><b>Minimum Applicants</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEER_ROLE__MINIMUM_APPLICANTS = eINSTANCE.getPeerRole_MinimumApplicants();

		/**
		 * The meta object literal for the '<em><b>Duties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PEER_ROLE__DUTIES = eINSTANCE.getPeerRole_Duties();

		/**
		 * The meta object literal for the '<em><b>Career Ladder</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PEER_ROLE__CAREER_LADDER = eINSTANCE.getPeerRole_CareerLadder();

		/**
		 * The meta object literal for the '<em><b>Job Description</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PEER_ROLE__JOB_DESCRIPTION = eINSTANCE.getPeerRole_JobDescription();

		/**
		 * The meta object literal for the '<em><b>Interview</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PEER_ROLE__INTERVIEW = eINSTANCE.getPeerRole_Interview();

		/**
		 * The meta object literal for the '<em><b>Background Check</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PEER_ROLE__BACKGROUND_CHECK = eINSTANCE.getPeerRole_BackgroundCheck();

		/**
		 * The meta object literal for the '<em><b>Holders</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PEER_ROLE__HOLDERS = eINSTANCE.getPeerRole_Holders();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.DutyImpl <em>Duty</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.DutyImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getDuty()
		 * @generated
		 */
		EClass DUTY = eINSTANCE.getDuty();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUTY__DESCRIPTION = eINSTANCE.getDuty_Description();

		/**
		 * The meta object literal for the '<em><b>Routine</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUTY__ROUTINE = eINSTANCE.getDuty_Routine();

		/**
		 * The meta object literal for the '<em><b>Conflicts With</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DUTY__CONFLICTS_WITH = eINSTANCE.getDuty_ConflictsWith();

		/**
		 * The meta object literal for the '<em><b>Justification</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUTY__JUSTIFICATION = eINSTANCE.getDuty_Justification();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.CareerStepImpl <em>Career Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.CareerStepImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getCareerStep()
		 * @generated
		 */
		EClass CAREER_STEP = eINSTANCE.getCareerStep();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAREER_STEP__TITLE = eINSTANCE.getCareerStep_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAREER_STEP__DESCRIPTION = eINSTANCE.getCareerStep_Description();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.JobDescriptionImpl <em>Job Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.JobDescriptionImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getJobDescription()
		 * @generated
		 */
		EClass JOB_DESCRIPTION = eINSTANCE.getJobDescription();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_DESCRIPTION__FUNCTION = eINSTANCE.getJobDescription_Function();

		/**
		 * The meta object literal for the '<em><b>Reporting Relationships</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_DESCRIPTION__REPORTING_RELATIONSHIPS = eINSTANCE.getJobDescription_ReportingRelationships();

		/**
		 * The meta object literal for the '<em><b>Supervisor Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_DESCRIPTION__SUPERVISOR_TITLE = eINSTANCE.getJobDescription_SupervisorTitle();

		/**
		 * The meta object literal for the '<em><b>Responsibilities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB_DESCRIPTION__RESPONSIBILITIES = eINSTANCE.getJobDescription_Responsibilities();

		/**
		 * The meta object literal for the '<em><b>Qualifications</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB_DESCRIPTION__QUALIFICATIONS = eINSTANCE.getJobDescription_Qualifications();

		/**
		 * The meta object literal for the '<em><b>Employment Conditions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_DESCRIPTION__EMPLOYMENT_CONDITIONS = eINSTANCE.getJobDescription_EmploymentConditions();

		/**
		 * The meta object literal for the '<em><b>Pay Range</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_DESCRIPTION__PAY_RANGE = eINSTANCE.getJobDescription_PayRange();

		/**
		 * The meta object literal for the '<em><b>Reviewed By Peer Experienced</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_DESCRIPTION__REVIEWED_BY_PEER_EXPERIENCED = eINSTANCE.getJobDescription_ReviewedByPeerExperienced();

		/**
		 * The meta object literal for the '<em><b>Approved On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_DESCRIPTION__APPROVED_ON = eINSTANCE.getJobDescription_ApprovedOn();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.ResponsibilityImpl <em>Responsibility</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.ResponsibilityImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getResponsibility()
		 * @generated
		 */
		EClass RESPONSIBILITY = eINSTANCE.getResponsibility();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSIBILITY__AREA = eINSTANCE.getResponsibility_Area();

		/**
		 * The meta object literal for the '<em><b>Duties</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSIBILITY__DUTIES = eINSTANCE.getResponsibility_Duties();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.QualificationImpl <em>Qualification</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.QualificationImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getQualification()
		 * @generated
		 */
		EClass QUALIFICATION = eINSTANCE.getQualification();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALIFICATION__TEXT = eINSTANCE.getQualification_Text();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALIFICATION__REQUIRED = eINSTANCE.getQualification_Required();

		/**
		 * The meta object literal for the '<em><b>Lived Experience</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALIFICATION__LIVED_EXPERIENCE = eINSTANCE.getQualification_LivedExperience();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.InterviewPlanImpl <em>Interview Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.InterviewPlanImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getInterviewPlan()
		 * @generated
		 */
		EClass INTERVIEW_PLAN = eINSTANCE.getInterviewPlan();

		/**
		 * The meta object literal for the '<em><b>Panel</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERVIEW_PLAN__PANEL = eINSTANCE.getInterviewPlan_Panel();

		/**
		 * The meta object literal for the '<em><b>Peers Wrote Questions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVIEW_PLAN__PEERS_WROTE_QUESTIONS = eINSTANCE.getInterviewPlan_PeersWroteQuestions();

		/**
		 * The meta object literal for the '<em><b>Questions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERVIEW_PLAN__QUESTIONS = eINSTANCE.getInterviewPlan_Questions();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.InterviewQuestionImpl <em>Interview Question</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.InterviewQuestionImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getInterviewQuestion()
		 * @generated
		 */
		EClass INTERVIEW_QUESTION = eINSTANCE.getInterviewQuestion();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVIEW_QUESTION__TEXT = eINSTANCE.getInterviewQuestion_Text();

		/**
		 * The meta object literal for the '<em><b>Bank</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVIEW_QUESTION__BANK = eINSTANCE.getInterviewQuestion_Bank();

		/**
		 * The meta object literal for the '<em><b>Look For</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVIEW_QUESTION__LOOK_FOR = eINSTANCE.getInterviewQuestion_LookFor();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.BackgroundCheckImpl <em>Background Check</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.BackgroundCheckImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getBackgroundCheck()
		 * @generated
		 */
		EClass BACKGROUND_CHECK = eINSTANCE.getBackgroundCheck();

		/**
		 * The meta object literal for the '<em><b>Megans Law</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKGROUND_CHECK__MEGANS_LAW = eINSTANCE.getBackgroundCheck_MegansLaw();

		/**
		 * The meta object literal for the '<em><b>Live Scan</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKGROUND_CHECK__LIVE_SCAN = eINSTANCE.getBackgroundCheck_LiveScan();

		/**
		 * The meta object literal for the '<em><b>Dmv History</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKGROUND_CHECK__DMV_HISTORY = eINSTANCE.getBackgroundCheck_DmvHistory();

		/**
		 * The meta object literal for the '<em><b>Offer Contingent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKGROUND_CHECK__OFFER_CONTINGENT = eINSTANCE.getBackgroundCheck_OfferContingent();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.SupervisionPlanImpl <em>Supervision Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.SupervisionPlanImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getSupervisionPlan()
		 * @generated
		 */
		EClass SUPERVISION_PLAN = eINSTANCE.getSupervisionPlan();

		/**
		 * The meta object literal for the '<em><b>Non Peer Check Ins</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_PLAN__NON_PEER_CHECK_INS = eINSTANCE.getSupervisionPlan_NonPeerCheckIns();

		/**
		 * The meta object literal for the '<em><b>Peer Interaction</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISION_PLAN__PEER_INTERACTION = eINSTANCE.getSupervisionPlan_PeerInteraction();

		/**
		 * The meta object literal for the '<em><b>Support Provisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISION_PLAN__SUPPORT_PROVISIONS = eINSTANCE.getSupervisionPlan_SupportProvisions();

		/**
		 * The meta object literal for the '<em><b>Wellbeing Practices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISION_PLAN__WELLBEING_PRACTICES = eINSTANCE.getSupervisionPlan_WellbeingPractices();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.PeerInteractionEventImpl <em>Peer Interaction Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.PeerInteractionEventImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPeerInteractionEvent()
		 * @generated
		 */
		EClass PEER_INTERACTION_EVENT = eINSTANCE.getPeerInteractionEvent();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEER_INTERACTION_EVENT__NAME = eINSTANCE.getPeerInteractionEvent_Name();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEER_INTERACTION_EVENT__FREQUENCY = eINSTANCE.getPeerInteractionEvent_Frequency();

		/**
		 * The meta object literal for the '<em><b>Facilitated By Peer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PEER_INTERACTION_EVENT__FACILITATED_BY_PEER = eINSTANCE.getPeerInteractionEvent_FacilitatedByPeer();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.SupportProvisionImpl <em>Support Provision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.SupportProvisionImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getSupportProvision()
		 * @generated
		 */
		EClass SUPPORT_PROVISION = eINSTANCE.getSupportProvision();

		/**
		 * The meta object literal for the '<em><b>Trigger</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPORT_PROVISION__TRIGGER = eINSTANCE.getSupportProvision_Trigger();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPORT_PROVISION__DESCRIPTION = eINSTANCE.getSupportProvision_Description();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.WellbeingPracticeImpl <em>Wellbeing Practice</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.WellbeingPracticeImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getWellbeingPractice()
		 * @generated
		 */
		EClass WELLBEING_PRACTICE = eINSTANCE.getWellbeingPractice();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WELLBEING_PRACTICE__KIND = eINSTANCE.getWellbeingPractice_Kind();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WELLBEING_PRACTICE__DESCRIPTION = eINSTANCE.getWellbeingPractice_Description();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.TrainingPlanImpl <em>Training Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.TrainingPlanImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getTrainingPlan()
		 * @generated
		 */
		EClass TRAINING_PLAN = eINSTANCE.getTrainingPlan();

		/**
		 * The meta object literal for the '<em><b>Sessions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_PLAN__SESSIONS = eINSTANCE.getTrainingPlan_Sessions();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.TrainingSessionImpl <em>Training Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.TrainingSessionImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getTrainingSession()
		 * @generated
		 */
		EClass TRAINING_SESSION = eINSTANCE.getTrainingSession();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SESSION__TITLE = eINSTANCE.getTrainingSession_Title();

		/**
		 * The meta object literal for the '<em><b>Course</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_SESSION__COURSE = eINSTANCE.getTrainingSession_Course();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SESSION__DATE = eINSTANCE.getTrainingSession_Date();

		/**
		 * The meta object literal for the '<em><b>Attendees</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_SESSION__ATTENDEES = eINSTANCE.getTrainingSession_Attendees();

		/**
		 * The meta object literal for the '<em><b>Additional Attendees</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SESSION__ADDITIONAL_ATTENDEES = eINSTANCE.getTrainingSession_AdditionalAttendees();

		/**
		 * The meta object literal for the '<em><b>Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SESSION__COST = eINSTANCE.getTrainingSession_Cost();

		/**
		 * The meta object literal for the '<em><b>Covers</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_SESSION__COVERS = eINSTANCE.getTrainingSession_Covers();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.BudgetImpl <em>Budget</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.BudgetImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getBudget()
		 * @generated
		 */
		EClass BUDGET = eINSTANCE.getBudget();

		/**
		 * The meta object literal for the '<em><b>Fiscal Year Start Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET__FISCAL_YEAR_START_MONTH = eINSTANCE.getBudget_FiscalYearStartMonth();

		/**
		 * The meta object literal for the '<em><b>Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUDGET__LINES = eINSTANCE.getBudget_Lines();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.BudgetLineImpl <em>Budget Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.BudgetLineImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getBudgetLine()
		 * @generated
		 */
		EClass BUDGET_LINE = eINSTANCE.getBudgetLine();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__CATEGORY = eINSTANCE.getBudgetLine_Category();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__DESCRIPTION = eINSTANCE.getBudgetLine_Description();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__AMOUNT = eINSTANCE.getBudgetLine_Amount();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__YEAR = eINSTANCE.getBudgetLine_Year();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.RiskImpl <em>Risk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.RiskImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getRisk()
		 * @generated
		 */
		EClass RISK = eINSTANCE.getRisk();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__TITLE = eINSTANCE.getRisk_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__DESCRIPTION = eINSTANCE.getRisk_Description();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__KIND = eINSTANCE.getRisk_Kind();

		/**
		 * The meta object literal for the '<em><b>Likelihood</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__LIKELIHOOD = eINSTANCE.getRisk_Likelihood();

		/**
		 * The meta object literal for the '<em><b>Impact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__IMPACT = eINSTANCE.getRisk_Impact();

		/**
		 * The meta object literal for the '<em><b>Mitigation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__MITIGATION = eINSTANCE.getRisk_Mitigation();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RISK__OWNER = eINSTANCE.getRisk_Owner();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RISK__ACTIONS = eINSTANCE.getRisk_Actions();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.PolicyDecisionImpl <em>Policy Decision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.PolicyDecisionImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPolicyDecision()
		 * @generated
		 */
		EClass POLICY_DECISION = eINSTANCE.getPolicyDecision();

		/**
		 * The meta object literal for the '<em><b>Topic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_DECISION__TOPIC = eINSTANCE.getPolicyDecision_Topic();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_DECISION__TITLE = eINSTANCE.getPolicyDecision_Title();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_DECISION__POSITION = eINSTANCE.getPolicyDecision_Position();

		/**
		 * The meta object literal for the '<em><b>Safeguards</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_DECISION__SAFEGUARDS = eINSTANCE.getPolicyDecision_Safeguards();

		/**
		 * The meta object literal for the '<em><b>Decided On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_DECISION__DECIDED_ON = eINSTANCE.getPolicyDecision_DecidedOn();

		/**
		 * The meta object literal for the '<em><b>Decided By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_DECISION__DECIDED_BY = eINSTANCE.getPolicyDecision_DecidedBy();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.OutcomeMeasureImpl <em>Outcome Measure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.OutcomeMeasureImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getOutcomeMeasure()
		 * @generated
		 */
		EClass OUTCOME_MEASURE = eINSTANCE.getOutcomeMeasure();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_MEASURE__NAME = eINSTANCE.getOutcomeMeasure_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_MEASURE__DESCRIPTION = eINSTANCE.getOutcomeMeasure_Description();

		/**
		 * The meta object literal for the '<em><b>Recovery Based</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_MEASURE__RECOVERY_BASED = eINSTANCE.getOutcomeMeasure_RecoveryBased();

		/**
		 * The meta object literal for the '<em><b>Defined With Peers</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_MEASURE__DEFINED_WITH_PEERS = eINSTANCE.getOutcomeMeasure_DefinedWithPeers();

		/**
		 * The meta object literal for the '<em><b>Data Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME_MEASURE__DATA_SOURCE = eINSTANCE.getOutcomeMeasure_DataSource();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.PerformanceManagementImpl <em>Performance Management</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.PerformanceManagementImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPerformanceManagement()
		 * @generated
		 */
		EClass PERFORMANCE_MANAGEMENT = eINSTANCE.getPerformanceManagement();

		/**
		 * The meta object literal for the '<em><b>Evaluations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERFORMANCE_MANAGEMENT__EVALUATIONS = eINSTANCE.getPerformanceManagement_Evaluations();

		/**
		 * The meta object literal for the '<em><b>Work Plans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERFORMANCE_MANAGEMENT__WORK_PLANS = eINSTANCE.getPerformanceManagement_WorkPlans();

		/**
		 * The meta object literal for the '<em><b>Plans Of Action</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERFORMANCE_MANAGEMENT__PLANS_OF_ACTION = eINSTANCE.getPerformanceManagement_PlansOfAction();

		/**
		 * The meta object literal for the '<em><b>Accommodations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERFORMANCE_MANAGEMENT__ACCOMMODATIONS = eINSTANCE.getPerformanceManagement_Accommodations();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.PerformanceEvaluationImpl <em>Performance Evaluation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.PerformanceEvaluationImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPerformanceEvaluation()
		 * @generated
		 */
		EClass PERFORMANCE_EVALUATION = eINSTANCE.getPerformanceEvaluation();

		/**
		 * The meta object literal for the '<em><b>Employee</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERFORMANCE_EVALUATION__EMPLOYEE = eINSTANCE.getPerformanceEvaluation_Employee();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERFORMANCE_EVALUATION__ROLE = eINSTANCE.getPerformanceEvaluation_Role();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERFORMANCE_EVALUATION__DATE = eINSTANCE.getPerformanceEvaluation_Date();

		/**
		 * The meta object literal for the '<em><b>Ratings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERFORMANCE_EVALUATION__RATINGS = eINSTANCE.getPerformanceEvaluation_Ratings();

		/**
		 * The meta object literal for the '<em><b>Comments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERFORMANCE_EVALUATION__COMMENTS = eINSTANCE.getPerformanceEvaluation_Comments();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.EvaluationEntryImpl <em>Evaluation Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.EvaluationEntryImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getEvaluationEntry()
		 * @generated
		 */
		EClass EVALUATION_ENTRY = eINSTANCE.getEvaluationEntry();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION_ENTRY__ITEM = eINSTANCE.getEvaluationEntry_Item();

		/**
		 * The meta object literal for the '<em><b>Rating</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION_ENTRY__RATING = eINSTANCE.getEvaluationEntry_Rating();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.CategoryCommentImpl <em>Category Comment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.CategoryCommentImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getCategoryComment()
		 * @generated
		 */
		EClass CATEGORY_COMMENT = eINSTANCE.getCategoryComment();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATEGORY_COMMENT__CATEGORY = eINSTANCE.getCategoryComment_Category();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY_COMMENT__COMMENT = eINSTANCE.getCategoryComment_Comment();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.CollaborativeWorkPlanImpl <em>Collaborative Work Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.CollaborativeWorkPlanImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getCollaborativeWorkPlan()
		 * @generated
		 */
		EClass COLLABORATIVE_WORK_PLAN = eINSTANCE.getCollaborativeWorkPlan();

		/**
		 * The meta object literal for the '<em><b>Employee</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COLLABORATIVE_WORK_PLAN__EMPLOYEE = eINSTANCE.getCollaborativeWorkPlan_Employee();

		/**
		 * The meta object literal for the '<em><b>Manager</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COLLABORATIVE_WORK_PLAN__MANAGER = eINSTANCE.getCollaborativeWorkPlan_Manager();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLLABORATIVE_WORK_PLAN__START_DATE = eINSTANCE.getCollaborativeWorkPlan_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLLABORATIVE_WORK_PLAN__END_DATE = eINSTANCE.getCollaborativeWorkPlan_EndDate();

		/**
		 * The meta object literal for the '<em><b>Expiration Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLLABORATIVE_WORK_PLAN__EXPIRATION_DATE = eINSTANCE.getCollaborativeWorkPlan_ExpirationDate();

		/**
		 * The meta object literal for the '<em><b>Meeting Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLLABORATIVE_WORK_PLAN__MEETING_FREQUENCY = eINSTANCE.getCollaborativeWorkPlan_MeetingFrequency();

		/**
		 * The meta object literal for the '<em><b>Meeting Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLLABORATIVE_WORK_PLAN__MEETING_MINUTES = eINSTANCE.getCollaborativeWorkPlan_MeetingMinutes();

		/**
		 * The meta object literal for the '<em><b>Meeting Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLLABORATIVE_WORK_PLAN__MEETING_DAY = eINSTANCE.getCollaborativeWorkPlan_MeetingDay();

		/**
		 * The meta object literal for the '<em><b>Meeting Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLLABORATIVE_WORK_PLAN__MEETING_TIME = eINSTANCE.getCollaborativeWorkPlan_MeetingTime();

		/**
		 * The meta object literal for the '<em><b>Basics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COLLABORATIVE_WORK_PLAN__BASICS = eINSTANCE.getCollaborativeWorkPlan_Basics();

		/**
		 * The meta object literal for the '<em><b>Needs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COLLABORATIVE_WORK_PLAN__NEEDS = eINSTANCE.getCollaborativeWorkPlan_Needs();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COLLABORATIVE_WORK_PLAN__STEPS = eINSTANCE.getCollaborativeWorkPlan_Steps();

		/**
		 * The meta object literal for the '<em><b>Success Indicators</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLLABORATIVE_WORK_PLAN__SUCCESS_INDICATORS = eINSTANCE.getCollaborativeWorkPlan_SuccessIndicators();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.DevelopmentPlanAnswerImpl <em>Development Plan Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.DevelopmentPlanAnswerImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getDevelopmentPlanAnswer()
		 * @generated
		 */
		EClass DEVELOPMENT_PLAN_ANSWER = eINSTANCE.getDevelopmentPlanAnswer();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVELOPMENT_PLAN_ANSWER__ITEM = eINSTANCE.getDevelopmentPlanAnswer_Item();

		/**
		 * The meta object literal for the '<em><b>Answer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVELOPMENT_PLAN_ANSWER__ANSWER = eINSTANCE.getDevelopmentPlanAnswer_Answer();

		/**
		 * The meta object literal for the '<em><b>Addressed By</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVELOPMENT_PLAN_ANSWER__ADDRESSED_BY = eINSTANCE.getDevelopmentPlanAnswer_AddressedBy();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.WorkPlanNeedImpl <em>Work Plan Need</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.WorkPlanNeedImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getWorkPlanNeed()
		 * @generated
		 */
		EClass WORK_PLAN_NEED = eINSTANCE.getWorkPlanNeed();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_PLAN_NEED__TYPE = eINSTANCE.getWorkPlanNeed_Type();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_PLAN_NEED__TEXT = eINSTANCE.getWorkPlanNeed_Text();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.WorkPlanStepImpl <em>Work Plan Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.WorkPlanStepImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getWorkPlanStep()
		 * @generated
		 */
		EClass WORK_PLAN_STEP = eINSTANCE.getWorkPlanStep();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_PLAN_STEP__OWNER = eINSTANCE.getWorkPlanStep_Owner();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_PLAN_STEP__TEXT = eINSTANCE.getWorkPlanStep_Text();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.PlanOfActionImpl <em>Plan Of Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.PlanOfActionImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPlanOfAction()
		 * @generated
		 */
		EClass PLAN_OF_ACTION = eINSTANCE.getPlanOfAction();

		/**
		 * The meta object literal for the '<em><b>Employee</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_OF_ACTION__EMPLOYEE = eINSTANCE.getPlanOfAction_Employee();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_OF_ACTION__AREA = eINSTANCE.getPlanOfAction_Area();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_OF_ACTION__START_DATE = eINSTANCE.getPlanOfAction_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_OF_ACTION__END_DATE = eINSTANCE.getPlanOfAction_EndDate();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_OF_ACTION__OUTCOME = eINSTANCE.getPlanOfAction_Outcome();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.AccommodationImpl <em>Accommodation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.AccommodationImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getAccommodation()
		 * @generated
		 */
		EClass ACCOMMODATION = eINSTANCE.getAccommodation();

		/**
		 * The meta object literal for the '<em><b>Employee</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOMMODATION__EMPLOYEE = eINSTANCE.getAccommodation_Employee();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOMMODATION__DESCRIPTION = eINSTANCE.getAccommodation_Description();

		/**
		 * The meta object literal for the '<em><b>Lowers Expectations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOMMODATION__LOWERS_EXPECTATIONS = eINSTANCE.getAccommodation_LowersExpectations();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.RuleWaiverImpl <em>Rule Waiver</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.RuleWaiverImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getRuleWaiver()
		 * @generated
		 */
		EClass RULE_WAIVER = eINSTANCE.getRuleWaiver();

		/**
		 * The meta object literal for the '<em><b>Rule Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_WAIVER__RULE_ID = eINSTANCE.getRuleWaiver_RuleId();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_WAIVER__REASON = eINSTANCE.getRuleWaiver_Reason();

		/**
		 * The meta object literal for the '<em><b>Waived By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_WAIVER__WAIVED_BY = eINSTANCE.getRuleWaiver_WaivedBy();

		/**
		 * The meta object literal for the '<em><b>Waived On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_WAIVER__WAIVED_ON = eINSTANCE.getRuleWaiver_WaivedOn();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.BaselineImpl <em>Baseline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.BaselineImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getBaseline()
		 * @generated
		 */
		EClass BASELINE = eINSTANCE.getBaseline();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__NAME = eINSTANCE.getBaseline_Name();

		/**
		 * The meta object literal for the '<em><b>Set On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__SET_ON = eINSTANCE.getBaseline_SetOn();

		/**
		 * The meta object literal for the '<em><b>First Peer Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__FIRST_PEER_START = eINSTANCE.getBaseline_FirstPeerStart();

		/**
		 * The meta object literal for the '<em><b>Tasks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASELINE__TASKS = eINSTANCE.getBaseline_Tasks();

		/**
		 * The meta object literal for the '<em><b>Budget Years</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASELINE__BUDGET_YEARS = eINSTANCE.getBaseline_BudgetYears();

		/**
		 * The meta object literal for the '<em><b>Open Findings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASELINE__OPEN_FINDINGS = eINSTANCE.getBaseline_OpenFindings();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.TaskBaselineImpl <em>Task Baseline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.TaskBaselineImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getTaskBaseline()
		 * @generated
		 */
		EClass TASK_BASELINE = eINSTANCE.getTaskBaseline();

		/**
		 * The meta object literal for the '<em><b>Task Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK_BASELINE__TASK_ID = eINSTANCE.getTaskBaseline_TaskId();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK_BASELINE__NAME = eINSTANCE.getTaskBaseline_Name();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK_BASELINE__STAGE = eINSTANCE.getTaskBaseline_Stage();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK_BASELINE__START = eINSTANCE.getTaskBaseline_Start();

		/**
		 * The meta object literal for the '<em><b>Finish</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK_BASELINE__FINISH = eINSTANCE.getTaskBaseline_Finish();

		/**
		 * The meta object literal for the '<em><b>Duration Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK_BASELINE__DURATION_DAYS = eINSTANCE.getTaskBaseline_DurationDays();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK_BASELINE__STATUS = eINSTANCE.getTaskBaseline_Status();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.BudgetYearBaselineImpl <em>Budget Year Baseline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.BudgetYearBaselineImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getBudgetYearBaseline()
		 * @generated
		 */
		EClass BUDGET_YEAR_BASELINE = eINSTANCE.getBudgetYearBaseline();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_YEAR_BASELINE__YEAR = eINSTANCE.getBudgetYearBaseline_Year();

		/**
		 * The meta object literal for the '<em><b>Total</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_YEAR_BASELINE__TOTAL = eINSTANCE.getBudgetYearBaseline_Total();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.impl.FindingBaselineImpl <em>Finding Baseline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.impl.FindingBaselineImpl
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getFindingBaseline()
		 * @generated
		 */
		EClass FINDING_BASELINE = eINSTANCE.getFindingBaseline();

		/**
		 * The meta object literal for the '<em><b>Rule Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING_BASELINE__RULE_ID = eINSTANCE.getFindingBaseline_RuleId();

		/**
		 * The meta object literal for the '<em><b>Place</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING_BASELINE__PLACE = eINSTANCE.getFindingBaseline_Place();

		/**
		 * The meta object literal for the '<em><b>Element Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING_BASELINE__ELEMENT_ID = eINSTANCE.getFindingBaseline_ElementId();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING_BASELINE__MESSAGE = eINSTANCE.getFindingBaseline_Message();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.StaffLevel <em>Staff Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.StaffLevel
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getStaffLevel()
		 * @generated
		 */
		EEnum STAFF_LEVEL = eINSTANCE.getStaffLevel();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.QuizAnswerValue <em>Quiz Answer Value</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.QuizAnswerValue
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getQuizAnswerValue()
		 * @generated
		 */
		EEnum QUIZ_ANSWER_VALUE = eINSTANCE.getQuizAnswerValue();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.LikertAgreement <em>Likert Agreement</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.LikertAgreement
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getLikertAgreement()
		 * @generated
		 */
		EEnum LIKERT_AGREEMENT = eINSTANCE.getLikertAgreement();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.AssessmentAnswerValue <em>Assessment Answer Value</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.AssessmentAnswerValue
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getAssessmentAnswerValue()
		 * @generated
		 */
		EEnum ASSESSMENT_ANSWER_VALUE = eINSTANCE.getAssessmentAnswerValue();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.CompetencyRating <em>Competency Rating</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.CompetencyRating
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getCompetencyRating()
		 * @generated
		 */
		EEnum COMPETENCY_RATING = eINSTANCE.getCompetencyRating();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.TaskStatus <em>Task Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.TaskStatus
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getTaskStatus()
		 * @generated
		 */
		EEnum TASK_STATUS = eINSTANCE.getTaskStatus();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.FindingStatus <em>Finding Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.FindingStatus
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getFindingStatus()
		 * @generated
		 */
		EEnum FINDING_STATUS = eINSTANCE.getFindingStatus();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.PlanningStatus <em>Planning Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.PlanningStatus
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPlanningStatus()
		 * @generated
		 */
		EEnum PLANNING_STATUS = eINSTANCE.getPlanningStatus();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.RootCauseCategory <em>Root Cause Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.RootCauseCategory
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getRootCauseCategory()
		 * @generated
		 */
		EEnum ROOT_CAUSE_CATEGORY = eINSTANCE.getRootCauseCategory();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.ActionStatus <em>Action Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.ActionStatus
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getActionStatus()
		 * @generated
		 */
		EEnum ACTION_STATUS = eINSTANCE.getActionStatus();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.PeerWorkerType <em>Peer Worker Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.PeerWorkerType
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPeerWorkerType()
		 * @generated
		 */
		EEnum PEER_WORKER_TYPE = eINSTANCE.getPeerWorkerType();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.PayPattern <em>Pay Pattern</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.PayPattern
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPayPattern()
		 * @generated
		 */
		EEnum PAY_PATTERN = eINSTANCE.getPayPattern();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.PeerSupervisorSource <em>Peer Supervisor Source</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.PeerSupervisorSource
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPeerSupervisorSource()
		 * @generated
		 */
		EEnum PEER_SUPERVISOR_SOURCE = eINSTANCE.getPeerSupervisorSource();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.CheckInFrequency <em>Check In Frequency</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.CheckInFrequency
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getCheckInFrequency()
		 * @generated
		 */
		EEnum CHECK_IN_FREQUENCY = eINSTANCE.getCheckInFrequency();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.EventFrequency <em>Event Frequency</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.EventFrequency
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getEventFrequency()
		 * @generated
		 */
		EEnum EVENT_FREQUENCY = eINSTANCE.getEventFrequency();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.RiskLevel <em>Risk Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.RiskLevel
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getRiskLevel()
		 * @generated
		 */
		EEnum RISK_LEVEL = eINSTANCE.getRiskLevel();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.RiskKind <em>Risk Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.RiskKind
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getRiskKind()
		 * @generated
		 */
		EEnum RISK_KIND = eINSTANCE.getRiskKind();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.BudgetCategory <em>Budget Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.BudgetCategory
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getBudgetCategory()
		 * @generated
		 */
		EEnum BUDGET_CATEGORY = eINSTANCE.getBudgetCategory();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.DecisionTopic <em>Decision Topic</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.DecisionTopic
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getDecisionTopic()
		 * @generated
		 */
		EEnum DECISION_TOPIC = eINSTANCE.getDecisionTopic();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.SupportTrigger <em>Support Trigger</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.SupportTrigger
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getSupportTrigger()
		 * @generated
		 */
		EEnum SUPPORT_TRIGGER = eINSTANCE.getSupportTrigger();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.WellbeingPracticeKind <em>Wellbeing Practice Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.WellbeingPracticeKind
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getWellbeingPracticeKind()
		 * @generated
		 */
		EEnum WELLBEING_PRACTICE_KIND = eINSTANCE.getWellbeingPracticeKind();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.InterviewQuestionBank <em>Interview Question Bank</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.InterviewQuestionBank
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getInterviewQuestionBank()
		 * @generated
		 */
		EEnum INTERVIEW_QUESTION_BANK = eINSTANCE.getInterviewQuestionBank();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.EvaluationRating <em>Evaluation Rating</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.EvaluationRating
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getEvaluationRating()
		 * @generated
		 */
		EEnum EVALUATION_RATING = eINSTANCE.getEvaluationRating();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.WorkPlanNeedType <em>Work Plan Need Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.WorkPlanNeedType
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getWorkPlanNeedType()
		 * @generated
		 */
		EEnum WORK_PLAN_NEED_TYPE = eINSTANCE.getWorkPlanNeedType();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.WorkPlanParty <em>Work Plan Party</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.WorkPlanParty
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getWorkPlanParty()
		 * @generated
		 */
		EEnum WORK_PLAN_PARTY = eINSTANCE.getWorkPlanParty();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.PlanOfActionOutcome <em>Plan Of Action Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.PlanOfActionOutcome
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getPlanOfActionOutcome()
		 * @generated
		 */
		EEnum PLAN_OF_ACTION_OUTCOME = eINSTANCE.getPlanOfActionOutcome();

		/**
		 * The meta object literal for the '{@link org.peerplan.model.YesNo <em>Yes No</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.peerplan.model.YesNo
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getYesNo()
		 * @generated
		 */
		EEnum YES_NO = eINSTANCE.getYesNo();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.peerplan.model.impl.PeerPlanPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //PeerPlanPackage
