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
import org.eclipse.emf.ecore.util.InternalEList;

import org.peerplan.model.AdvisoryBoard;
import org.peerplan.model.Agency;
import org.peerplan.model.FunderConstraint;
import org.peerplan.model.Holiday;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.Person;
import org.peerplan.model.Program;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Agency</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.AgencyImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.peerplan.model.impl.AgencyImpl#getState <em>State</em>}</li>
 *   <li>{@link org.peerplan.model.impl.AgencyImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.peerplan.model.impl.AgencyImpl#getMission <em>Mission</em>}</li>
 *   <li>{@link org.peerplan.model.impl.AgencyImpl#getVision <em>Vision</em>}</li>
 *   <li>{@link org.peerplan.model.impl.AgencyImpl#getValues <em>Values</em>}</li>
 *   <li>{@link org.peerplan.model.impl.AgencyImpl#isBillsMedicaidForPeerServices <em>Bills Medicaid For Peer Services</em>}</li>
 *   <li>{@link org.peerplan.model.impl.AgencyImpl#getLivingWageHourly <em>Living Wage Hourly</em>}</li>
 *   <li>{@link org.peerplan.model.impl.AgencyImpl#getLowestHourlyRate <em>Lowest Hourly Rate</em>}</li>
 *   <li>{@link org.peerplan.model.impl.AgencyImpl#getEntryLevelDirectSupportRate <em>Entry Level Direct Support Rate</em>}</li>
 *   <li>{@link org.peerplan.model.impl.AgencyImpl#getHoursPerFte <em>Hours Per Fte</em>}</li>
 *   <li>{@link org.peerplan.model.impl.AgencyImpl#getFringeBenefitRate <em>Fringe Benefit Rate</em>}</li>
 *   <li>{@link org.peerplan.model.impl.AgencyImpl#getMedicaidHourlyRate <em>Medicaid Hourly Rate</em>}</li>
 *   <li>{@link org.peerplan.model.impl.AgencyImpl#getBillableShare <em>Billable Share</em>}</li>
 *   <li>{@link org.peerplan.model.impl.AgencyImpl#getPrograms <em>Programs</em>}</li>
 *   <li>{@link org.peerplan.model.impl.AgencyImpl#getPeople <em>People</em>}</li>
 *   <li>{@link org.peerplan.model.impl.AgencyImpl#getFunderConstraints <em>Funder Constraints</em>}</li>
 *   <li>{@link org.peerplan.model.impl.AgencyImpl#getAdvisoryBoard <em>Advisory Board</em>}</li>
 *   <li>{@link org.peerplan.model.impl.AgencyImpl#getHolidays <em>Holidays</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AgencyImpl extends MinimalEObjectImpl.Container implements Agency {
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
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final String STATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected String state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected String region = REGION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMission() <em>Mission</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMission()
	 * @generated
	 * @ordered
	 */
	protected static final String MISSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMission() <em>Mission</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMission()
	 * @generated
	 * @ordered
	 */
	protected String mission = MISSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getVision() <em>Vision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVision()
	 * @generated
	 * @ordered
	 */
	protected static final String VISION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVision() <em>Vision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVision()
	 * @generated
	 * @ordered
	 */
	protected String vision = VISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getValues() <em>Values</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected static final String VALUES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected String values = VALUES_EDEFAULT;

	/**
	 * The default value of the '{@link #isBillsMedicaidForPeerServices() <em>Bills Medicaid For Peer Services</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBillsMedicaidForPeerServices()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BILLS_MEDICAID_FOR_PEER_SERVICES_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBillsMedicaidForPeerServices() <em>Bills Medicaid For Peer Services</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBillsMedicaidForPeerServices()
	 * @generated
	 * @ordered
	 */
	protected boolean billsMedicaidForPeerServices = BILLS_MEDICAID_FOR_PEER_SERVICES_EDEFAULT;

	/**
	 * The default value of the '{@link #getLivingWageHourly() <em>Living Wage Hourly</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLivingWageHourly()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal LIVING_WAGE_HOURLY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLivingWageHourly() <em>Living Wage Hourly</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLivingWageHourly()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal livingWageHourly = LIVING_WAGE_HOURLY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLowestHourlyRate() <em>Lowest Hourly Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLowestHourlyRate()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal LOWEST_HOURLY_RATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLowestHourlyRate() <em>Lowest Hourly Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLowestHourlyRate()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal lowestHourlyRate = LOWEST_HOURLY_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEntryLevelDirectSupportRate() <em>Entry Level Direct Support Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntryLevelDirectSupportRate()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal ENTRY_LEVEL_DIRECT_SUPPORT_RATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEntryLevelDirectSupportRate() <em>Entry Level Direct Support Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntryLevelDirectSupportRate()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal entryLevelDirectSupportRate = ENTRY_LEVEL_DIRECT_SUPPORT_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHoursPerFte() <em>Hours Per Fte</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoursPerFte()
	 * @generated
	 * @ordered
	 */
	protected static final int HOURS_PER_FTE_EDEFAULT = 2080;

	/**
	 * The cached value of the '{@link #getHoursPerFte() <em>Hours Per Fte</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoursPerFte()
	 * @generated
	 * @ordered
	 */
	protected int hoursPerFte = HOURS_PER_FTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFringeBenefitRate() <em>Fringe Benefit Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFringeBenefitRate()
	 * @generated
	 * @ordered
	 */
	protected static final Double FRINGE_BENEFIT_RATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFringeBenefitRate() <em>Fringe Benefit Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFringeBenefitRate()
	 * @generated
	 * @ordered
	 */
	protected Double fringeBenefitRate = FRINGE_BENEFIT_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMedicaidHourlyRate() <em>Medicaid Hourly Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMedicaidHourlyRate()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MEDICAID_HOURLY_RATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMedicaidHourlyRate() <em>Medicaid Hourly Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMedicaidHourlyRate()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal medicaidHourlyRate = MEDICAID_HOURLY_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBillableShare() <em>Billable Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBillableShare()
	 * @generated
	 * @ordered
	 */
	protected static final Double BILLABLE_SHARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBillableShare() <em>Billable Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBillableShare()
	 * @generated
	 * @ordered
	 */
	protected Double billableShare = BILLABLE_SHARE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPrograms() <em>Programs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrograms()
	 * @generated
	 * @ordered
	 */
	protected EList<Program> programs;

	/**
	 * The cached value of the '{@link #getPeople() <em>People</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeople()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> people;

	/**
	 * The cached value of the '{@link #getFunderConstraints() <em>Funder Constraints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunderConstraints()
	 * @generated
	 * @ordered
	 */
	protected EList<FunderConstraint> funderConstraints;

	/**
	 * The cached value of the '{@link #getAdvisoryBoard() <em>Advisory Board</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdvisoryBoard()
	 * @generated
	 * @ordered
	 */
	protected AdvisoryBoard advisoryBoard;

	/**
	 * The cached value of the '{@link #getHolidays() <em>Holidays</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHolidays()
	 * @generated
	 * @ordered
	 */
	protected EList<Holiday> holidays;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AgencyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.AGENCY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.AGENCY__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(String newState) {
		String oldState = state;
		state = newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.AGENCY__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegion() {
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(String newRegion) {
		String oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.AGENCY__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMission() {
		return mission;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMission(String newMission) {
		String oldMission = mission;
		mission = newMission;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.AGENCY__MISSION, oldMission, mission));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVision() {
		return vision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVision(String newVision) {
		String oldVision = vision;
		vision = newVision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.AGENCY__VISION, oldVision, vision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValues() {
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValues(String newValues) {
		String oldValues = values;
		values = newValues;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.AGENCY__VALUES, oldValues, values));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBillsMedicaidForPeerServices() {
		return billsMedicaidForPeerServices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBillsMedicaidForPeerServices(boolean newBillsMedicaidForPeerServices) {
		boolean oldBillsMedicaidForPeerServices = billsMedicaidForPeerServices;
		billsMedicaidForPeerServices = newBillsMedicaidForPeerServices;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.AGENCY__BILLS_MEDICAID_FOR_PEER_SERVICES, oldBillsMedicaidForPeerServices, billsMedicaidForPeerServices));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getLivingWageHourly() {
		return livingWageHourly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLivingWageHourly(BigDecimal newLivingWageHourly) {
		BigDecimal oldLivingWageHourly = livingWageHourly;
		livingWageHourly = newLivingWageHourly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.AGENCY__LIVING_WAGE_HOURLY, oldLivingWageHourly, livingWageHourly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getLowestHourlyRate() {
		return lowestHourlyRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLowestHourlyRate(BigDecimal newLowestHourlyRate) {
		BigDecimal oldLowestHourlyRate = lowestHourlyRate;
		lowestHourlyRate = newLowestHourlyRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.AGENCY__LOWEST_HOURLY_RATE, oldLowestHourlyRate, lowestHourlyRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getEntryLevelDirectSupportRate() {
		return entryLevelDirectSupportRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEntryLevelDirectSupportRate(BigDecimal newEntryLevelDirectSupportRate) {
		BigDecimal oldEntryLevelDirectSupportRate = entryLevelDirectSupportRate;
		entryLevelDirectSupportRate = newEntryLevelDirectSupportRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.AGENCY__ENTRY_LEVEL_DIRECT_SUPPORT_RATE, oldEntryLevelDirectSupportRate, entryLevelDirectSupportRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHoursPerFte() {
		return hoursPerFte;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHoursPerFte(int newHoursPerFte) {
		int oldHoursPerFte = hoursPerFte;
		hoursPerFte = newHoursPerFte;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.AGENCY__HOURS_PER_FTE, oldHoursPerFte, hoursPerFte));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getFringeBenefitRate() {
		return fringeBenefitRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFringeBenefitRate(Double newFringeBenefitRate) {
		Double oldFringeBenefitRate = fringeBenefitRate;
		fringeBenefitRate = newFringeBenefitRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.AGENCY__FRINGE_BENEFIT_RATE, oldFringeBenefitRate, fringeBenefitRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMedicaidHourlyRate() {
		return medicaidHourlyRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMedicaidHourlyRate(BigDecimal newMedicaidHourlyRate) {
		BigDecimal oldMedicaidHourlyRate = medicaidHourlyRate;
		medicaidHourlyRate = newMedicaidHourlyRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.AGENCY__MEDICAID_HOURLY_RATE, oldMedicaidHourlyRate, medicaidHourlyRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getBillableShare() {
		return billableShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBillableShare(Double newBillableShare) {
		Double oldBillableShare = billableShare;
		billableShare = newBillableShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.AGENCY__BILLABLE_SHARE, oldBillableShare, billableShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Program> getPrograms() {
		if (programs == null) {
			programs = new EObjectContainmentEList<Program>(Program.class, this, PeerPlanPackage.AGENCY__PROGRAMS);
		}
		return programs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getPeople() {
		if (people == null) {
			people = new EObjectContainmentEList<Person>(Person.class, this, PeerPlanPackage.AGENCY__PEOPLE);
		}
		return people;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FunderConstraint> getFunderConstraints() {
		if (funderConstraints == null) {
			funderConstraints = new EObjectContainmentEList<FunderConstraint>(FunderConstraint.class, this, PeerPlanPackage.AGENCY__FUNDER_CONSTRAINTS);
		}
		return funderConstraints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdvisoryBoard getAdvisoryBoard() {
		return advisoryBoard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAdvisoryBoard(AdvisoryBoard newAdvisoryBoard, NotificationChain msgs) {
		AdvisoryBoard oldAdvisoryBoard = advisoryBoard;
		advisoryBoard = newAdvisoryBoard;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PeerPlanPackage.AGENCY__ADVISORY_BOARD, oldAdvisoryBoard, newAdvisoryBoard);
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
	public void setAdvisoryBoard(AdvisoryBoard newAdvisoryBoard) {
		if (newAdvisoryBoard != advisoryBoard) {
			NotificationChain msgs = null;
			if (advisoryBoard != null)
				msgs = ((InternalEObject)advisoryBoard).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PeerPlanPackage.AGENCY__ADVISORY_BOARD, null, msgs);
			if (newAdvisoryBoard != null)
				msgs = ((InternalEObject)newAdvisoryBoard).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PeerPlanPackage.AGENCY__ADVISORY_BOARD, null, msgs);
			msgs = basicSetAdvisoryBoard(newAdvisoryBoard, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.AGENCY__ADVISORY_BOARD, newAdvisoryBoard, newAdvisoryBoard));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Holiday> getHolidays() {
		if (holidays == null) {
			holidays = new EObjectContainmentEList<Holiday>(Holiday.class, this, PeerPlanPackage.AGENCY__HOLIDAYS);
		}
		return holidays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PeerPlanPackage.AGENCY__PROGRAMS:
				return ((InternalEList<?>)getPrograms()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.AGENCY__PEOPLE:
				return ((InternalEList<?>)getPeople()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.AGENCY__FUNDER_CONSTRAINTS:
				return ((InternalEList<?>)getFunderConstraints()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.AGENCY__ADVISORY_BOARD:
				return basicSetAdvisoryBoard(null, msgs);
			case PeerPlanPackage.AGENCY__HOLIDAYS:
				return ((InternalEList<?>)getHolidays()).basicRemove(otherEnd, msgs);
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
			case PeerPlanPackage.AGENCY__NAME:
				return getName();
			case PeerPlanPackage.AGENCY__STATE:
				return getState();
			case PeerPlanPackage.AGENCY__REGION:
				return getRegion();
			case PeerPlanPackage.AGENCY__MISSION:
				return getMission();
			case PeerPlanPackage.AGENCY__VISION:
				return getVision();
			case PeerPlanPackage.AGENCY__VALUES:
				return getValues();
			case PeerPlanPackage.AGENCY__BILLS_MEDICAID_FOR_PEER_SERVICES:
				return isBillsMedicaidForPeerServices();
			case PeerPlanPackage.AGENCY__LIVING_WAGE_HOURLY:
				return getLivingWageHourly();
			case PeerPlanPackage.AGENCY__LOWEST_HOURLY_RATE:
				return getLowestHourlyRate();
			case PeerPlanPackage.AGENCY__ENTRY_LEVEL_DIRECT_SUPPORT_RATE:
				return getEntryLevelDirectSupportRate();
			case PeerPlanPackage.AGENCY__HOURS_PER_FTE:
				return getHoursPerFte();
			case PeerPlanPackage.AGENCY__FRINGE_BENEFIT_RATE:
				return getFringeBenefitRate();
			case PeerPlanPackage.AGENCY__MEDICAID_HOURLY_RATE:
				return getMedicaidHourlyRate();
			case PeerPlanPackage.AGENCY__BILLABLE_SHARE:
				return getBillableShare();
			case PeerPlanPackage.AGENCY__PROGRAMS:
				return getPrograms();
			case PeerPlanPackage.AGENCY__PEOPLE:
				return getPeople();
			case PeerPlanPackage.AGENCY__FUNDER_CONSTRAINTS:
				return getFunderConstraints();
			case PeerPlanPackage.AGENCY__ADVISORY_BOARD:
				return getAdvisoryBoard();
			case PeerPlanPackage.AGENCY__HOLIDAYS:
				return getHolidays();
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
			case PeerPlanPackage.AGENCY__NAME:
				setName((String)newValue);
				return;
			case PeerPlanPackage.AGENCY__STATE:
				setState((String)newValue);
				return;
			case PeerPlanPackage.AGENCY__REGION:
				setRegion((String)newValue);
				return;
			case PeerPlanPackage.AGENCY__MISSION:
				setMission((String)newValue);
				return;
			case PeerPlanPackage.AGENCY__VISION:
				setVision((String)newValue);
				return;
			case PeerPlanPackage.AGENCY__VALUES:
				setValues((String)newValue);
				return;
			case PeerPlanPackage.AGENCY__BILLS_MEDICAID_FOR_PEER_SERVICES:
				setBillsMedicaidForPeerServices((Boolean)newValue);
				return;
			case PeerPlanPackage.AGENCY__LIVING_WAGE_HOURLY:
				setLivingWageHourly((BigDecimal)newValue);
				return;
			case PeerPlanPackage.AGENCY__LOWEST_HOURLY_RATE:
				setLowestHourlyRate((BigDecimal)newValue);
				return;
			case PeerPlanPackage.AGENCY__ENTRY_LEVEL_DIRECT_SUPPORT_RATE:
				setEntryLevelDirectSupportRate((BigDecimal)newValue);
				return;
			case PeerPlanPackage.AGENCY__HOURS_PER_FTE:
				setHoursPerFte((Integer)newValue);
				return;
			case PeerPlanPackage.AGENCY__FRINGE_BENEFIT_RATE:
				setFringeBenefitRate((Double)newValue);
				return;
			case PeerPlanPackage.AGENCY__MEDICAID_HOURLY_RATE:
				setMedicaidHourlyRate((BigDecimal)newValue);
				return;
			case PeerPlanPackage.AGENCY__BILLABLE_SHARE:
				setBillableShare((Double)newValue);
				return;
			case PeerPlanPackage.AGENCY__PROGRAMS:
				getPrograms().clear();
				getPrograms().addAll((Collection<? extends Program>)newValue);
				return;
			case PeerPlanPackage.AGENCY__PEOPLE:
				getPeople().clear();
				getPeople().addAll((Collection<? extends Person>)newValue);
				return;
			case PeerPlanPackage.AGENCY__FUNDER_CONSTRAINTS:
				getFunderConstraints().clear();
				getFunderConstraints().addAll((Collection<? extends FunderConstraint>)newValue);
				return;
			case PeerPlanPackage.AGENCY__ADVISORY_BOARD:
				setAdvisoryBoard((AdvisoryBoard)newValue);
				return;
			case PeerPlanPackage.AGENCY__HOLIDAYS:
				getHolidays().clear();
				getHolidays().addAll((Collection<? extends Holiday>)newValue);
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
			case PeerPlanPackage.AGENCY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PeerPlanPackage.AGENCY__STATE:
				setState(STATE_EDEFAULT);
				return;
			case PeerPlanPackage.AGENCY__REGION:
				setRegion(REGION_EDEFAULT);
				return;
			case PeerPlanPackage.AGENCY__MISSION:
				setMission(MISSION_EDEFAULT);
				return;
			case PeerPlanPackage.AGENCY__VISION:
				setVision(VISION_EDEFAULT);
				return;
			case PeerPlanPackage.AGENCY__VALUES:
				setValues(VALUES_EDEFAULT);
				return;
			case PeerPlanPackage.AGENCY__BILLS_MEDICAID_FOR_PEER_SERVICES:
				setBillsMedicaidForPeerServices(BILLS_MEDICAID_FOR_PEER_SERVICES_EDEFAULT);
				return;
			case PeerPlanPackage.AGENCY__LIVING_WAGE_HOURLY:
				setLivingWageHourly(LIVING_WAGE_HOURLY_EDEFAULT);
				return;
			case PeerPlanPackage.AGENCY__LOWEST_HOURLY_RATE:
				setLowestHourlyRate(LOWEST_HOURLY_RATE_EDEFAULT);
				return;
			case PeerPlanPackage.AGENCY__ENTRY_LEVEL_DIRECT_SUPPORT_RATE:
				setEntryLevelDirectSupportRate(ENTRY_LEVEL_DIRECT_SUPPORT_RATE_EDEFAULT);
				return;
			case PeerPlanPackage.AGENCY__HOURS_PER_FTE:
				setHoursPerFte(HOURS_PER_FTE_EDEFAULT);
				return;
			case PeerPlanPackage.AGENCY__FRINGE_BENEFIT_RATE:
				setFringeBenefitRate(FRINGE_BENEFIT_RATE_EDEFAULT);
				return;
			case PeerPlanPackage.AGENCY__MEDICAID_HOURLY_RATE:
				setMedicaidHourlyRate(MEDICAID_HOURLY_RATE_EDEFAULT);
				return;
			case PeerPlanPackage.AGENCY__BILLABLE_SHARE:
				setBillableShare(BILLABLE_SHARE_EDEFAULT);
				return;
			case PeerPlanPackage.AGENCY__PROGRAMS:
				getPrograms().clear();
				return;
			case PeerPlanPackage.AGENCY__PEOPLE:
				getPeople().clear();
				return;
			case PeerPlanPackage.AGENCY__FUNDER_CONSTRAINTS:
				getFunderConstraints().clear();
				return;
			case PeerPlanPackage.AGENCY__ADVISORY_BOARD:
				setAdvisoryBoard((AdvisoryBoard)null);
				return;
			case PeerPlanPackage.AGENCY__HOLIDAYS:
				getHolidays().clear();
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
			case PeerPlanPackage.AGENCY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PeerPlanPackage.AGENCY__STATE:
				return STATE_EDEFAULT == null ? state != null : !STATE_EDEFAULT.equals(state);
			case PeerPlanPackage.AGENCY__REGION:
				return REGION_EDEFAULT == null ? region != null : !REGION_EDEFAULT.equals(region);
			case PeerPlanPackage.AGENCY__MISSION:
				return MISSION_EDEFAULT == null ? mission != null : !MISSION_EDEFAULT.equals(mission);
			case PeerPlanPackage.AGENCY__VISION:
				return VISION_EDEFAULT == null ? vision != null : !VISION_EDEFAULT.equals(vision);
			case PeerPlanPackage.AGENCY__VALUES:
				return VALUES_EDEFAULT == null ? values != null : !VALUES_EDEFAULT.equals(values);
			case PeerPlanPackage.AGENCY__BILLS_MEDICAID_FOR_PEER_SERVICES:
				return billsMedicaidForPeerServices != BILLS_MEDICAID_FOR_PEER_SERVICES_EDEFAULT;
			case PeerPlanPackage.AGENCY__LIVING_WAGE_HOURLY:
				return LIVING_WAGE_HOURLY_EDEFAULT == null ? livingWageHourly != null : !LIVING_WAGE_HOURLY_EDEFAULT.equals(livingWageHourly);
			case PeerPlanPackage.AGENCY__LOWEST_HOURLY_RATE:
				return LOWEST_HOURLY_RATE_EDEFAULT == null ? lowestHourlyRate != null : !LOWEST_HOURLY_RATE_EDEFAULT.equals(lowestHourlyRate);
			case PeerPlanPackage.AGENCY__ENTRY_LEVEL_DIRECT_SUPPORT_RATE:
				return ENTRY_LEVEL_DIRECT_SUPPORT_RATE_EDEFAULT == null ? entryLevelDirectSupportRate != null : !ENTRY_LEVEL_DIRECT_SUPPORT_RATE_EDEFAULT.equals(entryLevelDirectSupportRate);
			case PeerPlanPackage.AGENCY__HOURS_PER_FTE:
				return hoursPerFte != HOURS_PER_FTE_EDEFAULT;
			case PeerPlanPackage.AGENCY__FRINGE_BENEFIT_RATE:
				return FRINGE_BENEFIT_RATE_EDEFAULT == null ? fringeBenefitRate != null : !FRINGE_BENEFIT_RATE_EDEFAULT.equals(fringeBenefitRate);
			case PeerPlanPackage.AGENCY__MEDICAID_HOURLY_RATE:
				return MEDICAID_HOURLY_RATE_EDEFAULT == null ? medicaidHourlyRate != null : !MEDICAID_HOURLY_RATE_EDEFAULT.equals(medicaidHourlyRate);
			case PeerPlanPackage.AGENCY__BILLABLE_SHARE:
				return BILLABLE_SHARE_EDEFAULT == null ? billableShare != null : !BILLABLE_SHARE_EDEFAULT.equals(billableShare);
			case PeerPlanPackage.AGENCY__PROGRAMS:
				return programs != null && !programs.isEmpty();
			case PeerPlanPackage.AGENCY__PEOPLE:
				return people != null && !people.isEmpty();
			case PeerPlanPackage.AGENCY__FUNDER_CONSTRAINTS:
				return funderConstraints != null && !funderConstraints.isEmpty();
			case PeerPlanPackage.AGENCY__ADVISORY_BOARD:
				return advisoryBoard != null;
			case PeerPlanPackage.AGENCY__HOLIDAYS:
				return holidays != null && !holidays.isEmpty();
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
		result.append(", state: ");
		result.append(state);
		result.append(", region: ");
		result.append(region);
		result.append(", mission: ");
		result.append(mission);
		result.append(", vision: ");
		result.append(vision);
		result.append(", values: ");
		result.append(values);
		result.append(", billsMedicaidForPeerServices: ");
		result.append(billsMedicaidForPeerServices);
		result.append(", livingWageHourly: ");
		result.append(livingWageHourly);
		result.append(", lowestHourlyRate: ");
		result.append(lowestHourlyRate);
		result.append(", entryLevelDirectSupportRate: ");
		result.append(entryLevelDirectSupportRate);
		result.append(", hoursPerFte: ");
		result.append(hoursPerFte);
		result.append(", fringeBenefitRate: ");
		result.append(fringeBenefitRate);
		result.append(", medicaidHourlyRate: ");
		result.append(medicaidHourlyRate);
		result.append(", billableShare: ");
		result.append(billableShare);
		result.append(')');
		return result.toString();
	}

} //AgencyImpl
