/**
 */
package org.peerplan.model.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.peerplan.model.BackgroundCheck;
import org.peerplan.model.CareerStep;
import org.peerplan.model.CheckInFrequency;
import org.peerplan.model.Duty;
import org.peerplan.model.InterviewPlan;
import org.peerplan.model.JobDescription;
import org.peerplan.model.PayPattern;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.PeerRole;
import org.peerplan.model.PeerSupervisorSource;
import org.peerplan.model.PeerWorkerType;
import org.peerplan.model.Person;
import org.peerplan.model.Program;

import org.peerplan.model.catalog.PopulationServed;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Peer Role</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#getLivedExperienceRequirement <em>Lived Experience Requirement</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#getProgram <em>Program</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#getFte <em>Fte</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#getHoursPerWeek <em>Hours Per Week</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#getHourlyRate <em>Hourly Rate</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#getPayPattern <em>Pay Pattern</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#isPayBenchmarked <em>Pay Benchmarked</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#isPayRecognizesLivedExperience <em>Pay Recognizes Lived Experience</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#isPayLinkedToTraining <em>Pay Linked To Training</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#getReportsTo <em>Reports To</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#getAdministrativeSupervisor <em>Administrative Supervisor</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#getProfessionalDevelopmentSupervisor <em>Professional Development Supervisor</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#getSupervisorSource <em>Supervisor Source</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#getContractedSupervisionPerYear <em>Contracted Supervision Per Year</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#getCheckInFrequency <em>Check In Frequency</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#isCaseload <em>Caseload</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#isDrives <em>Drives</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#getCertification <em>Certification</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#getCertificationWithinMonths <em>Certification Within Months</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#getPlannedCeHoursPerTwoYears <em>Planned Ce Hours Per Two Years</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#getHiringRationale <em>Hiring Rationale</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#isFilledByRetitling <em>Filled By Retitling</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#getMinimumApplicants <em>Minimum Applicants</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#getDuties <em>Duties</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#getCareerLadder <em>Career Ladder</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#getJobDescription <em>Job Description</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#getInterview <em>Interview</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#getBackgroundCheck <em>Background Check</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerRoleImpl#getHolders <em>Holders</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PeerRoleImpl extends MinimalEObjectImpl.Container implements PeerRole {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final PeerWorkerType TYPE_EDEFAULT = PeerWorkerType.PEER_SUPPORT_SPECIALIST;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected PeerWorkerType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected static final PopulationServed POPULATION_EDEFAULT = PopulationServed.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected PopulationServed population = POPULATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLivedExperienceRequirement() <em>Lived Experience Requirement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLivedExperienceRequirement()
	 * @generated
	 * @ordered
	 */
	protected static final String LIVED_EXPERIENCE_REQUIREMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLivedExperienceRequirement() <em>Lived Experience Requirement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLivedExperienceRequirement()
	 * @generated
	 * @ordered
	 */
	protected String livedExperienceRequirement = LIVED_EXPERIENCE_REQUIREMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProgram() <em>Program</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgram()
	 * @generated
	 * @ordered
	 */
	protected Program program;

	/**
	 * The default value of the '{@link #getFte() <em>Fte</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFte()
	 * @generated
	 * @ordered
	 */
	protected static final double FTE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getFte() <em>Fte</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFte()
	 * @generated
	 * @ordered
	 */
	protected double fte = FTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHoursPerWeek() <em>Hours Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoursPerWeek()
	 * @generated
	 * @ordered
	 */
	protected static final double HOURS_PER_WEEK_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHoursPerWeek() <em>Hours Per Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoursPerWeek()
	 * @generated
	 * @ordered
	 */
	protected double hoursPerWeek = HOURS_PER_WEEK_EDEFAULT;

	/**
	 * The default value of the '{@link #getHourlyRate() <em>Hourly Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHourlyRate()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal HOURLY_RATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHourlyRate() <em>Hourly Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHourlyRate()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal hourlyRate = HOURLY_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPayPattern() <em>Pay Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPayPattern()
	 * @generated
	 * @ordered
	 */
	protected static final PayPattern PAY_PATTERN_EDEFAULT = PayPattern.NOT_ASSESSED;

	/**
	 * The cached value of the '{@link #getPayPattern() <em>Pay Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPayPattern()
	 * @generated
	 * @ordered
	 */
	protected PayPattern payPattern = PAY_PATTERN_EDEFAULT;

	/**
	 * The default value of the '{@link #isPayBenchmarked() <em>Pay Benchmarked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPayBenchmarked()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PAY_BENCHMARKED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPayBenchmarked() <em>Pay Benchmarked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPayBenchmarked()
	 * @generated
	 * @ordered
	 */
	protected boolean payBenchmarked = PAY_BENCHMARKED_EDEFAULT;

	/**
	 * The default value of the '{@link #isPayRecognizesLivedExperience() <em>Pay Recognizes Lived Experience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPayRecognizesLivedExperience()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PAY_RECOGNIZES_LIVED_EXPERIENCE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPayRecognizesLivedExperience() <em>Pay Recognizes Lived Experience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPayRecognizesLivedExperience()
	 * @generated
	 * @ordered
	 */
	protected boolean payRecognizesLivedExperience = PAY_RECOGNIZES_LIVED_EXPERIENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #isPayLinkedToTraining() <em>Pay Linked To Training</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPayLinkedToTraining()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PAY_LINKED_TO_TRAINING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPayLinkedToTraining() <em>Pay Linked To Training</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPayLinkedToTraining()
	 * @generated
	 * @ordered
	 */
	protected boolean payLinkedToTraining = PAY_LINKED_TO_TRAINING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReportsTo() <em>Reports To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportsTo()
	 * @generated
	 * @ordered
	 */
	protected Person reportsTo;

	/**
	 * The cached value of the '{@link #getAdministrativeSupervisor() <em>Administrative Supervisor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdministrativeSupervisor()
	 * @generated
	 * @ordered
	 */
	protected Person administrativeSupervisor;

	/**
	 * The cached value of the '{@link #getProfessionalDevelopmentSupervisor() <em>Professional Development Supervisor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfessionalDevelopmentSupervisor()
	 * @generated
	 * @ordered
	 */
	protected Person professionalDevelopmentSupervisor;

	/**
	 * The default value of the '{@link #getSupervisorSource() <em>Supervisor Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervisorSource()
	 * @generated
	 * @ordered
	 */
	protected static final PeerSupervisorSource SUPERVISOR_SOURCE_EDEFAULT = PeerSupervisorSource.NONE;

	/**
	 * The cached value of the '{@link #getSupervisorSource() <em>Supervisor Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervisorSource()
	 * @generated
	 * @ordered
	 */
	protected PeerSupervisorSource supervisorSource = SUPERVISOR_SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getContractedSupervisionPerYear() <em>Contracted Supervision Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContractedSupervisionPerYear()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal CONTRACTED_SUPERVISION_PER_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContractedSupervisionPerYear() <em>Contracted Supervision Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContractedSupervisionPerYear()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal contractedSupervisionPerYear = CONTRACTED_SUPERVISION_PER_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getCheckInFrequency() <em>Check In Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckInFrequency()
	 * @generated
	 * @ordered
	 */
	protected static final CheckInFrequency CHECK_IN_FREQUENCY_EDEFAULT = CheckInFrequency.NONE;

	/**
	 * The cached value of the '{@link #getCheckInFrequency() <em>Check In Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckInFrequency()
	 * @generated
	 * @ordered
	 */
	protected CheckInFrequency checkInFrequency = CHECK_IN_FREQUENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #isCaseload() <em>Caseload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCaseload()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CASELOAD_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCaseload() <em>Caseload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCaseload()
	 * @generated
	 * @ordered
	 */
	protected boolean caseload = CASELOAD_EDEFAULT;

	/**
	 * The default value of the '{@link #isDrives() <em>Drives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDrives()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DRIVES_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDrives() <em>Drives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDrives()
	 * @generated
	 * @ordered
	 */
	protected boolean drives = DRIVES_EDEFAULT;

	/**
	 * The default value of the '{@link #getCertification() <em>Certification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertification()
	 * @generated
	 * @ordered
	 */
	protected static final String CERTIFICATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCertification() <em>Certification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertification()
	 * @generated
	 * @ordered
	 */
	protected String certification = CERTIFICATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCertificationWithinMonths() <em>Certification Within Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificationWithinMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int CERTIFICATION_WITHIN_MONTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCertificationWithinMonths() <em>Certification Within Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificationWithinMonths()
	 * @generated
	 * @ordered
	 */
	protected int certificationWithinMonths = CERTIFICATION_WITHIN_MONTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedCeHoursPerTwoYears() <em>Planned Ce Hours Per Two Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedCeHoursPerTwoYears()
	 * @generated
	 * @ordered
	 */
	protected static final double PLANNED_CE_HOURS_PER_TWO_YEARS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPlannedCeHoursPerTwoYears() <em>Planned Ce Hours Per Two Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedCeHoursPerTwoYears()
	 * @generated
	 * @ordered
	 */
	protected double plannedCeHoursPerTwoYears = PLANNED_CE_HOURS_PER_TWO_YEARS_EDEFAULT;

	/**
	 * The default value of the '{@link #getHiringRationale() <em>Hiring Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiringRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String HIRING_RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHiringRationale() <em>Hiring Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiringRationale()
	 * @generated
	 * @ordered
	 */
	protected String hiringRationale = HIRING_RATIONALE_EDEFAULT;

	/**
	 * The default value of the '{@link #isFilledByRetitling() <em>Filled By Retitling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFilledByRetitling()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FILLED_BY_RETITLING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFilledByRetitling() <em>Filled By Retitling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFilledByRetitling()
	 * @generated
	 * @ordered
	 */
	protected boolean filledByRetitling = FILLED_BY_RETITLING_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinimumApplicants() <em>Minimum Applicants</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumApplicants()
	 * @generated
	 * @ordered
	 */
	protected static final int MINIMUM_APPLICANTS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMinimumApplicants() <em>Minimum Applicants</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumApplicants()
	 * @generated
	 * @ordered
	 */
	protected int minimumApplicants = MINIMUM_APPLICANTS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDuties() <em>Duties</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuties()
	 * @generated
	 * @ordered
	 */
	protected EList<Duty> duties;

	/**
	 * The cached value of the '{@link #getCareerLadder() <em>Career Ladder</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCareerLadder()
	 * @generated
	 * @ordered
	 */
	protected EList<CareerStep> careerLadder;

	/**
	 * The cached value of the '{@link #getJobDescription() <em>Job Description</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJobDescription()
	 * @generated
	 * @ordered
	 */
	protected JobDescription jobDescription;

	/**
	 * The cached value of the '{@link #getInterview() <em>Interview</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterview()
	 * @generated
	 * @ordered
	 */
	protected InterviewPlan interview;

	/**
	 * The cached value of the '{@link #getBackgroundCheck() <em>Background Check</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackgroundCheck()
	 * @generated
	 * @ordered
	 */
	protected BackgroundCheck backgroundCheck;

	/**
	 * The cached value of the '{@link #getHolders() <em>Holders</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHolders()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> holders;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PeerRoleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.PEER_ROLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PeerWorkerType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(PeerWorkerType newType) {
		PeerWorkerType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PopulationServed getPopulation() {
		return population;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPopulation(PopulationServed newPopulation) {
		PopulationServed oldPopulation = population;
		population = newPopulation == null ? POPULATION_EDEFAULT : newPopulation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__POPULATION, oldPopulation, population));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLivedExperienceRequirement() {
		return livedExperienceRequirement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLivedExperienceRequirement(String newLivedExperienceRequirement) {
		String oldLivedExperienceRequirement = livedExperienceRequirement;
		livedExperienceRequirement = newLivedExperienceRequirement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__LIVED_EXPERIENCE_REQUIREMENT, oldLivedExperienceRequirement, livedExperienceRequirement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Program getProgram() {
		if (program != null && program.eIsProxy()) {
			InternalEObject oldProgram = (InternalEObject)program;
			program = (Program)eResolveProxy(oldProgram);
			if (program != oldProgram) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PeerPlanPackage.PEER_ROLE__PROGRAM, oldProgram, program));
			}
		}
		return program;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Program basicGetProgram() {
		return program;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProgram(Program newProgram) {
		Program oldProgram = program;
		program = newProgram;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__PROGRAM, oldProgram, program));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFte() {
		return fte;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFte(double newFte) {
		double oldFte = fte;
		fte = newFte;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__FTE, oldFte, fte));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHoursPerWeek() {
		return hoursPerWeek;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHoursPerWeek(double newHoursPerWeek) {
		double oldHoursPerWeek = hoursPerWeek;
		hoursPerWeek = newHoursPerWeek;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__HOURS_PER_WEEK, oldHoursPerWeek, hoursPerWeek));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getHourlyRate() {
		return hourlyRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHourlyRate(BigDecimal newHourlyRate) {
		BigDecimal oldHourlyRate = hourlyRate;
		hourlyRate = newHourlyRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__HOURLY_RATE, oldHourlyRate, hourlyRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PayPattern getPayPattern() {
		return payPattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPayPattern(PayPattern newPayPattern) {
		PayPattern oldPayPattern = payPattern;
		payPattern = newPayPattern == null ? PAY_PATTERN_EDEFAULT : newPayPattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__PAY_PATTERN, oldPayPattern, payPattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPayBenchmarked() {
		return payBenchmarked;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPayBenchmarked(boolean newPayBenchmarked) {
		boolean oldPayBenchmarked = payBenchmarked;
		payBenchmarked = newPayBenchmarked;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__PAY_BENCHMARKED, oldPayBenchmarked, payBenchmarked));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPayRecognizesLivedExperience() {
		return payRecognizesLivedExperience;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPayRecognizesLivedExperience(boolean newPayRecognizesLivedExperience) {
		boolean oldPayRecognizesLivedExperience = payRecognizesLivedExperience;
		payRecognizesLivedExperience = newPayRecognizesLivedExperience;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__PAY_RECOGNIZES_LIVED_EXPERIENCE, oldPayRecognizesLivedExperience, payRecognizesLivedExperience));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPayLinkedToTraining() {
		return payLinkedToTraining;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPayLinkedToTraining(boolean newPayLinkedToTraining) {
		boolean oldPayLinkedToTraining = payLinkedToTraining;
		payLinkedToTraining = newPayLinkedToTraining;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__PAY_LINKED_TO_TRAINING, oldPayLinkedToTraining, payLinkedToTraining));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getReportsTo() {
		if (reportsTo != null && reportsTo.eIsProxy()) {
			InternalEObject oldReportsTo = (InternalEObject)reportsTo;
			reportsTo = (Person)eResolveProxy(oldReportsTo);
			if (reportsTo != oldReportsTo) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PeerPlanPackage.PEER_ROLE__REPORTS_TO, oldReportsTo, reportsTo));
			}
		}
		return reportsTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetReportsTo() {
		return reportsTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportsTo(Person newReportsTo) {
		Person oldReportsTo = reportsTo;
		reportsTo = newReportsTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__REPORTS_TO, oldReportsTo, reportsTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getAdministrativeSupervisor() {
		if (administrativeSupervisor != null && administrativeSupervisor.eIsProxy()) {
			InternalEObject oldAdministrativeSupervisor = (InternalEObject)administrativeSupervisor;
			administrativeSupervisor = (Person)eResolveProxy(oldAdministrativeSupervisor);
			if (administrativeSupervisor != oldAdministrativeSupervisor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PeerPlanPackage.PEER_ROLE__ADMINISTRATIVE_SUPERVISOR, oldAdministrativeSupervisor, administrativeSupervisor));
			}
		}
		return administrativeSupervisor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetAdministrativeSupervisor() {
		return administrativeSupervisor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdministrativeSupervisor(Person newAdministrativeSupervisor) {
		Person oldAdministrativeSupervisor = administrativeSupervisor;
		administrativeSupervisor = newAdministrativeSupervisor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__ADMINISTRATIVE_SUPERVISOR, oldAdministrativeSupervisor, administrativeSupervisor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getProfessionalDevelopmentSupervisor() {
		if (professionalDevelopmentSupervisor != null && professionalDevelopmentSupervisor.eIsProxy()) {
			InternalEObject oldProfessionalDevelopmentSupervisor = (InternalEObject)professionalDevelopmentSupervisor;
			professionalDevelopmentSupervisor = (Person)eResolveProxy(oldProfessionalDevelopmentSupervisor);
			if (professionalDevelopmentSupervisor != oldProfessionalDevelopmentSupervisor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PeerPlanPackage.PEER_ROLE__PROFESSIONAL_DEVELOPMENT_SUPERVISOR, oldProfessionalDevelopmentSupervisor, professionalDevelopmentSupervisor));
			}
		}
		return professionalDevelopmentSupervisor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetProfessionalDevelopmentSupervisor() {
		return professionalDevelopmentSupervisor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProfessionalDevelopmentSupervisor(Person newProfessionalDevelopmentSupervisor) {
		Person oldProfessionalDevelopmentSupervisor = professionalDevelopmentSupervisor;
		professionalDevelopmentSupervisor = newProfessionalDevelopmentSupervisor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__PROFESSIONAL_DEVELOPMENT_SUPERVISOR, oldProfessionalDevelopmentSupervisor, professionalDevelopmentSupervisor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PeerSupervisorSource getSupervisorSource() {
		return supervisorSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupervisorSource(PeerSupervisorSource newSupervisorSource) {
		PeerSupervisorSource oldSupervisorSource = supervisorSource;
		supervisorSource = newSupervisorSource == null ? SUPERVISOR_SOURCE_EDEFAULT : newSupervisorSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__SUPERVISOR_SOURCE, oldSupervisorSource, supervisorSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getContractedSupervisionPerYear() {
		return contractedSupervisionPerYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContractedSupervisionPerYear(BigDecimal newContractedSupervisionPerYear) {
		BigDecimal oldContractedSupervisionPerYear = contractedSupervisionPerYear;
		contractedSupervisionPerYear = newContractedSupervisionPerYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__CONTRACTED_SUPERVISION_PER_YEAR, oldContractedSupervisionPerYear, contractedSupervisionPerYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CheckInFrequency getCheckInFrequency() {
		return checkInFrequency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCheckInFrequency(CheckInFrequency newCheckInFrequency) {
		CheckInFrequency oldCheckInFrequency = checkInFrequency;
		checkInFrequency = newCheckInFrequency == null ? CHECK_IN_FREQUENCY_EDEFAULT : newCheckInFrequency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__CHECK_IN_FREQUENCY, oldCheckInFrequency, checkInFrequency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCaseload() {
		return caseload;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseload(boolean newCaseload) {
		boolean oldCaseload = caseload;
		caseload = newCaseload;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__CASELOAD, oldCaseload, caseload));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDrives() {
		return drives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDrives(boolean newDrives) {
		boolean oldDrives = drives;
		drives = newDrives;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__DRIVES, oldDrives, drives));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCertification() {
		return certification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCertification(String newCertification) {
		String oldCertification = certification;
		certification = newCertification;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__CERTIFICATION, oldCertification, certification));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCertificationWithinMonths() {
		return certificationWithinMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCertificationWithinMonths(int newCertificationWithinMonths) {
		int oldCertificationWithinMonths = certificationWithinMonths;
		certificationWithinMonths = newCertificationWithinMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__CERTIFICATION_WITHIN_MONTHS, oldCertificationWithinMonths, certificationWithinMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPlannedCeHoursPerTwoYears() {
		return plannedCeHoursPerTwoYears;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedCeHoursPerTwoYears(double newPlannedCeHoursPerTwoYears) {
		double oldPlannedCeHoursPerTwoYears = plannedCeHoursPerTwoYears;
		plannedCeHoursPerTwoYears = newPlannedCeHoursPerTwoYears;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__PLANNED_CE_HOURS_PER_TWO_YEARS, oldPlannedCeHoursPerTwoYears, plannedCeHoursPerTwoYears));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHiringRationale() {
		return hiringRationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHiringRationale(String newHiringRationale) {
		String oldHiringRationale = hiringRationale;
		hiringRationale = newHiringRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__HIRING_RATIONALE, oldHiringRationale, hiringRationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFilledByRetitling() {
		return filledByRetitling;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFilledByRetitling(boolean newFilledByRetitling) {
		boolean oldFilledByRetitling = filledByRetitling;
		filledByRetitling = newFilledByRetitling;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__FILLED_BY_RETITLING, oldFilledByRetitling, filledByRetitling));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinimumApplicants() {
		return minimumApplicants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumApplicants(int newMinimumApplicants) {
		int oldMinimumApplicants = minimumApplicants;
		minimumApplicants = newMinimumApplicants;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__MINIMUM_APPLICANTS, oldMinimumApplicants, minimumApplicants));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Duty> getDuties() {
		if (duties == null) {
			duties = new EObjectContainmentEList<Duty>(Duty.class, this, PeerPlanPackage.PEER_ROLE__DUTIES);
		}
		return duties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CareerStep> getCareerLadder() {
		if (careerLadder == null) {
			careerLadder = new EObjectContainmentEList<CareerStep>(CareerStep.class, this, PeerPlanPackage.PEER_ROLE__CAREER_LADDER);
		}
		return careerLadder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JobDescription getJobDescription() {
		return jobDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetJobDescription(JobDescription newJobDescription, NotificationChain msgs) {
		JobDescription oldJobDescription = jobDescription;
		jobDescription = newJobDescription;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__JOB_DESCRIPTION, oldJobDescription, newJobDescription);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJobDescription(JobDescription newJobDescription) {
		if (newJobDescription != jobDescription) {
			NotificationChain msgs = null;
			if (jobDescription != null)
				msgs = ((InternalEObject)jobDescription).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PeerPlanPackage.PEER_ROLE__JOB_DESCRIPTION, null, msgs);
			if (newJobDescription != null)
				msgs = ((InternalEObject)newJobDescription).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PeerPlanPackage.PEER_ROLE__JOB_DESCRIPTION, null, msgs);
			msgs = basicSetJobDescription(newJobDescription, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__JOB_DESCRIPTION, newJobDescription, newJobDescription));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterviewPlan getInterview() {
		return interview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInterview(InterviewPlan newInterview, NotificationChain msgs) {
		InterviewPlan oldInterview = interview;
		interview = newInterview;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__INTERVIEW, oldInterview, newInterview);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterview(InterviewPlan newInterview) {
		if (newInterview != interview) {
			NotificationChain msgs = null;
			if (interview != null)
				msgs = ((InternalEObject)interview).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PeerPlanPackage.PEER_ROLE__INTERVIEW, null, msgs);
			if (newInterview != null)
				msgs = ((InternalEObject)newInterview).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PeerPlanPackage.PEER_ROLE__INTERVIEW, null, msgs);
			msgs = basicSetInterview(newInterview, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__INTERVIEW, newInterview, newInterview));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BackgroundCheck getBackgroundCheck() {
		return backgroundCheck;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBackgroundCheck(BackgroundCheck newBackgroundCheck, NotificationChain msgs) {
		BackgroundCheck oldBackgroundCheck = backgroundCheck;
		backgroundCheck = newBackgroundCheck;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__BACKGROUND_CHECK, oldBackgroundCheck, newBackgroundCheck);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackgroundCheck(BackgroundCheck newBackgroundCheck) {
		if (newBackgroundCheck != backgroundCheck) {
			NotificationChain msgs = null;
			if (backgroundCheck != null)
				msgs = ((InternalEObject)backgroundCheck).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PeerPlanPackage.PEER_ROLE__BACKGROUND_CHECK, null, msgs);
			if (newBackgroundCheck != null)
				msgs = ((InternalEObject)newBackgroundCheck).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PeerPlanPackage.PEER_ROLE__BACKGROUND_CHECK, null, msgs);
			msgs = basicSetBackgroundCheck(newBackgroundCheck, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_ROLE__BACKGROUND_CHECK, newBackgroundCheck, newBackgroundCheck));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getHolders() {
		if (holders == null) {
			holders = new EObjectResolvingEList<Person>(Person.class, this, PeerPlanPackage.PEER_ROLE__HOLDERS);
		}
		return holders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PeerPlanPackage.PEER_ROLE__DUTIES:
				return ((InternalEList<?>)getDuties()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.PEER_ROLE__CAREER_LADDER:
				return ((InternalEList<?>)getCareerLadder()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.PEER_ROLE__JOB_DESCRIPTION:
				return basicSetJobDescription(null, msgs);
			case PeerPlanPackage.PEER_ROLE__INTERVIEW:
				return basicSetInterview(null, msgs);
			case PeerPlanPackage.PEER_ROLE__BACKGROUND_CHECK:
				return basicSetBackgroundCheck(null, msgs);
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
			case PeerPlanPackage.PEER_ROLE__TITLE:
				return getTitle();
			case PeerPlanPackage.PEER_ROLE__TYPE:
				return getType();
			case PeerPlanPackage.PEER_ROLE__POPULATION:
				return getPopulation();
			case PeerPlanPackage.PEER_ROLE__LIVED_EXPERIENCE_REQUIREMENT:
				return getLivedExperienceRequirement();
			case PeerPlanPackage.PEER_ROLE__PROGRAM:
				if (resolve) return getProgram();
				return basicGetProgram();
			case PeerPlanPackage.PEER_ROLE__FTE:
				return getFte();
			case PeerPlanPackage.PEER_ROLE__HOURS_PER_WEEK:
				return getHoursPerWeek();
			case PeerPlanPackage.PEER_ROLE__HOURLY_RATE:
				return getHourlyRate();
			case PeerPlanPackage.PEER_ROLE__PAY_PATTERN:
				return getPayPattern();
			case PeerPlanPackage.PEER_ROLE__PAY_BENCHMARKED:
				return isPayBenchmarked();
			case PeerPlanPackage.PEER_ROLE__PAY_RECOGNIZES_LIVED_EXPERIENCE:
				return isPayRecognizesLivedExperience();
			case PeerPlanPackage.PEER_ROLE__PAY_LINKED_TO_TRAINING:
				return isPayLinkedToTraining();
			case PeerPlanPackage.PEER_ROLE__REPORTS_TO:
				if (resolve) return getReportsTo();
				return basicGetReportsTo();
			case PeerPlanPackage.PEER_ROLE__ADMINISTRATIVE_SUPERVISOR:
				if (resolve) return getAdministrativeSupervisor();
				return basicGetAdministrativeSupervisor();
			case PeerPlanPackage.PEER_ROLE__PROFESSIONAL_DEVELOPMENT_SUPERVISOR:
				if (resolve) return getProfessionalDevelopmentSupervisor();
				return basicGetProfessionalDevelopmentSupervisor();
			case PeerPlanPackage.PEER_ROLE__SUPERVISOR_SOURCE:
				return getSupervisorSource();
			case PeerPlanPackage.PEER_ROLE__CONTRACTED_SUPERVISION_PER_YEAR:
				return getContractedSupervisionPerYear();
			case PeerPlanPackage.PEER_ROLE__CHECK_IN_FREQUENCY:
				return getCheckInFrequency();
			case PeerPlanPackage.PEER_ROLE__CASELOAD:
				return isCaseload();
			case PeerPlanPackage.PEER_ROLE__DRIVES:
				return isDrives();
			case PeerPlanPackage.PEER_ROLE__CERTIFICATION:
				return getCertification();
			case PeerPlanPackage.PEER_ROLE__CERTIFICATION_WITHIN_MONTHS:
				return getCertificationWithinMonths();
			case PeerPlanPackage.PEER_ROLE__PLANNED_CE_HOURS_PER_TWO_YEARS:
				return getPlannedCeHoursPerTwoYears();
			case PeerPlanPackage.PEER_ROLE__HIRING_RATIONALE:
				return getHiringRationale();
			case PeerPlanPackage.PEER_ROLE__FILLED_BY_RETITLING:
				return isFilledByRetitling();
			case PeerPlanPackage.PEER_ROLE__MINIMUM_APPLICANTS:
				return getMinimumApplicants();
			case PeerPlanPackage.PEER_ROLE__DUTIES:
				return getDuties();
			case PeerPlanPackage.PEER_ROLE__CAREER_LADDER:
				return getCareerLadder();
			case PeerPlanPackage.PEER_ROLE__JOB_DESCRIPTION:
				return getJobDescription();
			case PeerPlanPackage.PEER_ROLE__INTERVIEW:
				return getInterview();
			case PeerPlanPackage.PEER_ROLE__BACKGROUND_CHECK:
				return getBackgroundCheck();
			case PeerPlanPackage.PEER_ROLE__HOLDERS:
				return getHolders();
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
			case PeerPlanPackage.PEER_ROLE__TITLE:
				setTitle((String)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__TYPE:
				setType((PeerWorkerType)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__POPULATION:
				setPopulation((PopulationServed)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__LIVED_EXPERIENCE_REQUIREMENT:
				setLivedExperienceRequirement((String)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__PROGRAM:
				setProgram((Program)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__FTE:
				setFte((Double)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__HOURS_PER_WEEK:
				setHoursPerWeek((Double)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__HOURLY_RATE:
				setHourlyRate((BigDecimal)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__PAY_PATTERN:
				setPayPattern((PayPattern)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__PAY_BENCHMARKED:
				setPayBenchmarked((Boolean)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__PAY_RECOGNIZES_LIVED_EXPERIENCE:
				setPayRecognizesLivedExperience((Boolean)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__PAY_LINKED_TO_TRAINING:
				setPayLinkedToTraining((Boolean)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__REPORTS_TO:
				setReportsTo((Person)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__ADMINISTRATIVE_SUPERVISOR:
				setAdministrativeSupervisor((Person)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__PROFESSIONAL_DEVELOPMENT_SUPERVISOR:
				setProfessionalDevelopmentSupervisor((Person)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__SUPERVISOR_SOURCE:
				setSupervisorSource((PeerSupervisorSource)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__CONTRACTED_SUPERVISION_PER_YEAR:
				setContractedSupervisionPerYear((BigDecimal)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__CHECK_IN_FREQUENCY:
				setCheckInFrequency((CheckInFrequency)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__CASELOAD:
				setCaseload((Boolean)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__DRIVES:
				setDrives((Boolean)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__CERTIFICATION:
				setCertification((String)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__CERTIFICATION_WITHIN_MONTHS:
				setCertificationWithinMonths((Integer)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__PLANNED_CE_HOURS_PER_TWO_YEARS:
				setPlannedCeHoursPerTwoYears((Double)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__HIRING_RATIONALE:
				setHiringRationale((String)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__FILLED_BY_RETITLING:
				setFilledByRetitling((Boolean)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__MINIMUM_APPLICANTS:
				setMinimumApplicants((Integer)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__DUTIES:
				getDuties().clear();
				getDuties().addAll((Collection<? extends Duty>)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__CAREER_LADDER:
				getCareerLadder().clear();
				getCareerLadder().addAll((Collection<? extends CareerStep>)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__JOB_DESCRIPTION:
				setJobDescription((JobDescription)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__INTERVIEW:
				setInterview((InterviewPlan)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__BACKGROUND_CHECK:
				setBackgroundCheck((BackgroundCheck)newValue);
				return;
			case PeerPlanPackage.PEER_ROLE__HOLDERS:
				getHolders().clear();
				getHolders().addAll((Collection<? extends Person>)newValue);
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
			case PeerPlanPackage.PEER_ROLE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case PeerPlanPackage.PEER_ROLE__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case PeerPlanPackage.PEER_ROLE__POPULATION:
				setPopulation(POPULATION_EDEFAULT);
				return;
			case PeerPlanPackage.PEER_ROLE__LIVED_EXPERIENCE_REQUIREMENT:
				setLivedExperienceRequirement(LIVED_EXPERIENCE_REQUIREMENT_EDEFAULT);
				return;
			case PeerPlanPackage.PEER_ROLE__PROGRAM:
				setProgram((Program)null);
				return;
			case PeerPlanPackage.PEER_ROLE__FTE:
				setFte(FTE_EDEFAULT);
				return;
			case PeerPlanPackage.PEER_ROLE__HOURS_PER_WEEK:
				setHoursPerWeek(HOURS_PER_WEEK_EDEFAULT);
				return;
			case PeerPlanPackage.PEER_ROLE__HOURLY_RATE:
				setHourlyRate(HOURLY_RATE_EDEFAULT);
				return;
			case PeerPlanPackage.PEER_ROLE__PAY_PATTERN:
				setPayPattern(PAY_PATTERN_EDEFAULT);
				return;
			case PeerPlanPackage.PEER_ROLE__PAY_BENCHMARKED:
				setPayBenchmarked(PAY_BENCHMARKED_EDEFAULT);
				return;
			case PeerPlanPackage.PEER_ROLE__PAY_RECOGNIZES_LIVED_EXPERIENCE:
				setPayRecognizesLivedExperience(PAY_RECOGNIZES_LIVED_EXPERIENCE_EDEFAULT);
				return;
			case PeerPlanPackage.PEER_ROLE__PAY_LINKED_TO_TRAINING:
				setPayLinkedToTraining(PAY_LINKED_TO_TRAINING_EDEFAULT);
				return;
			case PeerPlanPackage.PEER_ROLE__REPORTS_TO:
				setReportsTo((Person)null);
				return;
			case PeerPlanPackage.PEER_ROLE__ADMINISTRATIVE_SUPERVISOR:
				setAdministrativeSupervisor((Person)null);
				return;
			case PeerPlanPackage.PEER_ROLE__PROFESSIONAL_DEVELOPMENT_SUPERVISOR:
				setProfessionalDevelopmentSupervisor((Person)null);
				return;
			case PeerPlanPackage.PEER_ROLE__SUPERVISOR_SOURCE:
				setSupervisorSource(SUPERVISOR_SOURCE_EDEFAULT);
				return;
			case PeerPlanPackage.PEER_ROLE__CONTRACTED_SUPERVISION_PER_YEAR:
				setContractedSupervisionPerYear(CONTRACTED_SUPERVISION_PER_YEAR_EDEFAULT);
				return;
			case PeerPlanPackage.PEER_ROLE__CHECK_IN_FREQUENCY:
				setCheckInFrequency(CHECK_IN_FREQUENCY_EDEFAULT);
				return;
			case PeerPlanPackage.PEER_ROLE__CASELOAD:
				setCaseload(CASELOAD_EDEFAULT);
				return;
			case PeerPlanPackage.PEER_ROLE__DRIVES:
				setDrives(DRIVES_EDEFAULT);
				return;
			case PeerPlanPackage.PEER_ROLE__CERTIFICATION:
				setCertification(CERTIFICATION_EDEFAULT);
				return;
			case PeerPlanPackage.PEER_ROLE__CERTIFICATION_WITHIN_MONTHS:
				setCertificationWithinMonths(CERTIFICATION_WITHIN_MONTHS_EDEFAULT);
				return;
			case PeerPlanPackage.PEER_ROLE__PLANNED_CE_HOURS_PER_TWO_YEARS:
				setPlannedCeHoursPerTwoYears(PLANNED_CE_HOURS_PER_TWO_YEARS_EDEFAULT);
				return;
			case PeerPlanPackage.PEER_ROLE__HIRING_RATIONALE:
				setHiringRationale(HIRING_RATIONALE_EDEFAULT);
				return;
			case PeerPlanPackage.PEER_ROLE__FILLED_BY_RETITLING:
				setFilledByRetitling(FILLED_BY_RETITLING_EDEFAULT);
				return;
			case PeerPlanPackage.PEER_ROLE__MINIMUM_APPLICANTS:
				setMinimumApplicants(MINIMUM_APPLICANTS_EDEFAULT);
				return;
			case PeerPlanPackage.PEER_ROLE__DUTIES:
				getDuties().clear();
				return;
			case PeerPlanPackage.PEER_ROLE__CAREER_LADDER:
				getCareerLadder().clear();
				return;
			case PeerPlanPackage.PEER_ROLE__JOB_DESCRIPTION:
				setJobDescription((JobDescription)null);
				return;
			case PeerPlanPackage.PEER_ROLE__INTERVIEW:
				setInterview((InterviewPlan)null);
				return;
			case PeerPlanPackage.PEER_ROLE__BACKGROUND_CHECK:
				setBackgroundCheck((BackgroundCheck)null);
				return;
			case PeerPlanPackage.PEER_ROLE__HOLDERS:
				getHolders().clear();
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
			case PeerPlanPackage.PEER_ROLE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case PeerPlanPackage.PEER_ROLE__TYPE:
				return type != TYPE_EDEFAULT;
			case PeerPlanPackage.PEER_ROLE__POPULATION:
				return population != POPULATION_EDEFAULT;
			case PeerPlanPackage.PEER_ROLE__LIVED_EXPERIENCE_REQUIREMENT:
				return LIVED_EXPERIENCE_REQUIREMENT_EDEFAULT == null ? livedExperienceRequirement != null : !LIVED_EXPERIENCE_REQUIREMENT_EDEFAULT.equals(livedExperienceRequirement);
			case PeerPlanPackage.PEER_ROLE__PROGRAM:
				return program != null;
			case PeerPlanPackage.PEER_ROLE__FTE:
				return fte != FTE_EDEFAULT;
			case PeerPlanPackage.PEER_ROLE__HOURS_PER_WEEK:
				return hoursPerWeek != HOURS_PER_WEEK_EDEFAULT;
			case PeerPlanPackage.PEER_ROLE__HOURLY_RATE:
				return HOURLY_RATE_EDEFAULT == null ? hourlyRate != null : !HOURLY_RATE_EDEFAULT.equals(hourlyRate);
			case PeerPlanPackage.PEER_ROLE__PAY_PATTERN:
				return payPattern != PAY_PATTERN_EDEFAULT;
			case PeerPlanPackage.PEER_ROLE__PAY_BENCHMARKED:
				return payBenchmarked != PAY_BENCHMARKED_EDEFAULT;
			case PeerPlanPackage.PEER_ROLE__PAY_RECOGNIZES_LIVED_EXPERIENCE:
				return payRecognizesLivedExperience != PAY_RECOGNIZES_LIVED_EXPERIENCE_EDEFAULT;
			case PeerPlanPackage.PEER_ROLE__PAY_LINKED_TO_TRAINING:
				return payLinkedToTraining != PAY_LINKED_TO_TRAINING_EDEFAULT;
			case PeerPlanPackage.PEER_ROLE__REPORTS_TO:
				return reportsTo != null;
			case PeerPlanPackage.PEER_ROLE__ADMINISTRATIVE_SUPERVISOR:
				return administrativeSupervisor != null;
			case PeerPlanPackage.PEER_ROLE__PROFESSIONAL_DEVELOPMENT_SUPERVISOR:
				return professionalDevelopmentSupervisor != null;
			case PeerPlanPackage.PEER_ROLE__SUPERVISOR_SOURCE:
				return supervisorSource != SUPERVISOR_SOURCE_EDEFAULT;
			case PeerPlanPackage.PEER_ROLE__CONTRACTED_SUPERVISION_PER_YEAR:
				return CONTRACTED_SUPERVISION_PER_YEAR_EDEFAULT == null ? contractedSupervisionPerYear != null : !CONTRACTED_SUPERVISION_PER_YEAR_EDEFAULT.equals(contractedSupervisionPerYear);
			case PeerPlanPackage.PEER_ROLE__CHECK_IN_FREQUENCY:
				return checkInFrequency != CHECK_IN_FREQUENCY_EDEFAULT;
			case PeerPlanPackage.PEER_ROLE__CASELOAD:
				return caseload != CASELOAD_EDEFAULT;
			case PeerPlanPackage.PEER_ROLE__DRIVES:
				return drives != DRIVES_EDEFAULT;
			case PeerPlanPackage.PEER_ROLE__CERTIFICATION:
				return CERTIFICATION_EDEFAULT == null ? certification != null : !CERTIFICATION_EDEFAULT.equals(certification);
			case PeerPlanPackage.PEER_ROLE__CERTIFICATION_WITHIN_MONTHS:
				return certificationWithinMonths != CERTIFICATION_WITHIN_MONTHS_EDEFAULT;
			case PeerPlanPackage.PEER_ROLE__PLANNED_CE_HOURS_PER_TWO_YEARS:
				return plannedCeHoursPerTwoYears != PLANNED_CE_HOURS_PER_TWO_YEARS_EDEFAULT;
			case PeerPlanPackage.PEER_ROLE__HIRING_RATIONALE:
				return HIRING_RATIONALE_EDEFAULT == null ? hiringRationale != null : !HIRING_RATIONALE_EDEFAULT.equals(hiringRationale);
			case PeerPlanPackage.PEER_ROLE__FILLED_BY_RETITLING:
				return filledByRetitling != FILLED_BY_RETITLING_EDEFAULT;
			case PeerPlanPackage.PEER_ROLE__MINIMUM_APPLICANTS:
				return minimumApplicants != MINIMUM_APPLICANTS_EDEFAULT;
			case PeerPlanPackage.PEER_ROLE__DUTIES:
				return duties != null && !duties.isEmpty();
			case PeerPlanPackage.PEER_ROLE__CAREER_LADDER:
				return careerLadder != null && !careerLadder.isEmpty();
			case PeerPlanPackage.PEER_ROLE__JOB_DESCRIPTION:
				return jobDescription != null;
			case PeerPlanPackage.PEER_ROLE__INTERVIEW:
				return interview != null;
			case PeerPlanPackage.PEER_ROLE__BACKGROUND_CHECK:
				return backgroundCheck != null;
			case PeerPlanPackage.PEER_ROLE__HOLDERS:
				return holders != null && !holders.isEmpty();
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
		result.append(" (title: ");
		result.append(title);
		result.append(", type: ");
		result.append(type);
		result.append(", population: ");
		result.append(population);
		result.append(", livedExperienceRequirement: ");
		result.append(livedExperienceRequirement);
		result.append(", fte: ");
		result.append(fte);
		result.append(", hoursPerWeek: ");
		result.append(hoursPerWeek);
		result.append(", hourlyRate: ");
		result.append(hourlyRate);
		result.append(", payPattern: ");
		result.append(payPattern);
		result.append(", payBenchmarked: ");
		result.append(payBenchmarked);
		result.append(", payRecognizesLivedExperience: ");
		result.append(payRecognizesLivedExperience);
		result.append(", payLinkedToTraining: ");
		result.append(payLinkedToTraining);
		result.append(", supervisorSource: ");
		result.append(supervisorSource);
		result.append(", contractedSupervisionPerYear: ");
		result.append(contractedSupervisionPerYear);
		result.append(", checkInFrequency: ");
		result.append(checkInFrequency);
		result.append(", caseload: ");
		result.append(caseload);
		result.append(", drives: ");
		result.append(drives);
		result.append(", certification: ");
		result.append(certification);
		result.append(", certificationWithinMonths: ");
		result.append(certificationWithinMonths);
		result.append(", plannedCeHoursPerTwoYears: ");
		result.append(plannedCeHoursPerTwoYears);
		result.append(", hiringRationale: ");
		result.append(hiringRationale);
		result.append(", filledByRetitling: ");
		result.append(filledByRetitling);
		result.append(", minimumApplicants: ");
		result.append(minimumApplicants);
		result.append(')');
		return result.toString();
	}

} //PeerRoleImpl
