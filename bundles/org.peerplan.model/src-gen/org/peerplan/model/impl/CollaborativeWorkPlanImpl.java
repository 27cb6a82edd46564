/**
 */
package org.peerplan.model.impl;

import java.time.LocalDate;

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

import org.peerplan.model.CheckInFrequency;
import org.peerplan.model.CollaborativeWorkPlan;
import org.peerplan.model.DevelopmentPlanAnswer;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.Person;
import org.peerplan.model.WorkPlanNeed;
import org.peerplan.model.WorkPlanStep;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Collaborative Work Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.CollaborativeWorkPlanImpl#getEmployee <em>Employee</em>}</li>
 *   <li>{@link org.peerplan.model.impl.CollaborativeWorkPlanImpl#getManager <em>Manager</em>}</li>
 *   <li>{@link org.peerplan.model.impl.CollaborativeWorkPlanImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.peerplan.model.impl.CollaborativeWorkPlanImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.peerplan.model.impl.CollaborativeWorkPlanImpl#getExpirationDate <em>Expiration Date</em>}</li>
 *   <li>{@link org.peerplan.model.impl.CollaborativeWorkPlanImpl#getMeetingFrequency <em>Meeting Frequency</em>}</li>
 *   <li>{@link org.peerplan.model.impl.CollaborativeWorkPlanImpl#getMeetingMinutes <em>Meeting Minutes</em>}</li>
 *   <li>{@link org.peerplan.model.impl.CollaborativeWorkPlanImpl#getMeetingDay <em>Meeting Day</em>}</li>
 *   <li>{@link org.peerplan.model.impl.CollaborativeWorkPlanImpl#getMeetingTime <em>Meeting Time</em>}</li>
 *   <li>{@link org.peerplan.model.impl.CollaborativeWorkPlanImpl#getBasics <em>Basics</em>}</li>
 *   <li>{@link org.peerplan.model.impl.CollaborativeWorkPlanImpl#getNeeds <em>Needs</em>}</li>
 *   <li>{@link org.peerplan.model.impl.CollaborativeWorkPlanImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.peerplan.model.impl.CollaborativeWorkPlanImpl#getSuccessIndicators <em>Success Indicators</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CollaborativeWorkPlanImpl extends MinimalEObjectImpl.Container implements CollaborativeWorkPlan {
	/**
	 * The cached value of the '{@link #getEmployee() <em>Employee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployee()
	 * @generated
	 * @ordered
	 */
	protected Person employee;

	/**
	 * The cached value of the '{@link #getManager() <em>Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManager()
	 * @generated
	 * @ordered
	 */
	protected Person manager;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endDate = END_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpirationDate() <em>Expiration Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpirationDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate EXPIRATION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpirationDate() <em>Expiration Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpirationDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate expirationDate = EXPIRATION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeetingFrequency() <em>Meeting Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetingFrequency()
	 * @generated
	 * @ordered
	 */
	protected static final CheckInFrequency MEETING_FREQUENCY_EDEFAULT = CheckInFrequency.NONE;

	/**
	 * The cached value of the '{@link #getMeetingFrequency() <em>Meeting Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetingFrequency()
	 * @generated
	 * @ordered
	 */
	protected CheckInFrequency meetingFrequency = MEETING_FREQUENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeetingMinutes() <em>Meeting Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetingMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int MEETING_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMeetingMinutes() <em>Meeting Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetingMinutes()
	 * @generated
	 * @ordered
	 */
	protected int meetingMinutes = MEETING_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeetingDay() <em>Meeting Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetingDay()
	 * @generated
	 * @ordered
	 */
	protected static final String MEETING_DAY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeetingDay() <em>Meeting Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetingDay()
	 * @generated
	 * @ordered
	 */
	protected String meetingDay = MEETING_DAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeetingTime() <em>Meeting Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetingTime()
	 * @generated
	 * @ordered
	 */
	protected static final String MEETING_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeetingTime() <em>Meeting Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetingTime()
	 * @generated
	 * @ordered
	 */
	protected String meetingTime = MEETING_TIME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBasics() <em>Basics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasics()
	 * @generated
	 * @ordered
	 */
	protected EList<DevelopmentPlanAnswer> basics;

	/**
	 * The cached value of the '{@link #getNeeds() <em>Needs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeeds()
	 * @generated
	 * @ordered
	 */
	protected EList<WorkPlanNeed> needs;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<WorkPlanStep> steps;

	/**
	 * The default value of the '{@link #getSuccessIndicators() <em>Success Indicators</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuccessIndicators()
	 * @generated
	 * @ordered
	 */
	protected static final String SUCCESS_INDICATORS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSuccessIndicators() <em>Success Indicators</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuccessIndicators()
	 * @generated
	 * @ordered
	 */
	protected String successIndicators = SUCCESS_INDICATORS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CollaborativeWorkPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.COLLABORATIVE_WORK_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getEmployee() {
		if (employee != null && employee.eIsProxy()) {
			InternalEObject oldEmployee = (InternalEObject)employee;
			employee = (Person)eResolveProxy(oldEmployee);
			if (employee != oldEmployee) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PeerPlanPackage.COLLABORATIVE_WORK_PLAN__EMPLOYEE, oldEmployee, employee));
			}
		}
		return employee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetEmployee() {
		return employee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmployee(Person newEmployee) {
		Person oldEmployee = employee;
		employee = newEmployee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.COLLABORATIVE_WORK_PLAN__EMPLOYEE, oldEmployee, employee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getManager() {
		if (manager != null && manager.eIsProxy()) {
			InternalEObject oldManager = (InternalEObject)manager;
			manager = (Person)eResolveProxy(oldManager);
			if (manager != oldManager) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MANAGER, oldManager, manager));
			}
		}
		return manager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetManager() {
		return manager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManager(Person newManager) {
		Person oldManager = manager;
		manager = newManager;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MANAGER, oldManager, manager));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate) {
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.COLLABORATIVE_WORK_PLAN__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndDate() {
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(LocalDate newEndDate) {
		LocalDate oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.COLLABORATIVE_WORK_PLAN__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getExpirationDate() {
		return expirationDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpirationDate(LocalDate newExpirationDate) {
		LocalDate oldExpirationDate = expirationDate;
		expirationDate = newExpirationDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.COLLABORATIVE_WORK_PLAN__EXPIRATION_DATE, oldExpirationDate, expirationDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CheckInFrequency getMeetingFrequency() {
		return meetingFrequency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeetingFrequency(CheckInFrequency newMeetingFrequency) {
		CheckInFrequency oldMeetingFrequency = meetingFrequency;
		meetingFrequency = newMeetingFrequency == null ? MEETING_FREQUENCY_EDEFAULT : newMeetingFrequency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MEETING_FREQUENCY, oldMeetingFrequency, meetingFrequency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMeetingMinutes() {
		return meetingMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeetingMinutes(int newMeetingMinutes) {
		int oldMeetingMinutes = meetingMinutes;
		meetingMinutes = newMeetingMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MEETING_MINUTES, oldMeetingMinutes, meetingMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMeetingDay() {
		return meetingDay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeetingDay(String newMeetingDay) {
		String oldMeetingDay = meetingDay;
		meetingDay = newMeetingDay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MEETING_DAY, oldMeetingDay, meetingDay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMeetingTime() {
		return meetingTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeetingTime(String newMeetingTime) {
		String oldMeetingTime = meetingTime;
		meetingTime = newMeetingTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MEETING_TIME, oldMeetingTime, meetingTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DevelopmentPlanAnswer> getBasics() {
		if (basics == null) {
			basics = new EObjectContainmentEList<DevelopmentPlanAnswer>(DevelopmentPlanAnswer.class, this, PeerPlanPackage.COLLABORATIVE_WORK_PLAN__BASICS);
		}
		return basics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WorkPlanNeed> getNeeds() {
		if (needs == null) {
			needs = new EObjectContainmentEList<WorkPlanNeed>(WorkPlanNeed.class, this, PeerPlanPackage.COLLABORATIVE_WORK_PLAN__NEEDS);
		}
		return needs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WorkPlanStep> getSteps() {
		if (steps == null) {
			steps = new EObjectContainmentEList<WorkPlanStep>(WorkPlanStep.class, this, PeerPlanPackage.COLLABORATIVE_WORK_PLAN__STEPS);
		}
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSuccessIndicators() {
		return successIndicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuccessIndicators(String newSuccessIndicators) {
		String oldSuccessIndicators = successIndicators;
		successIndicators = newSuccessIndicators;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.COLLABORATIVE_WORK_PLAN__SUCCESS_INDICATORS, oldSuccessIndicators, successIndicators));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__BASICS:
				return ((InternalEList<?>)getBasics()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__NEEDS:
				return ((InternalEList<?>)getNeeds()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__STEPS:
				return ((InternalEList<?>)getSteps()).basicRemove(otherEnd, msgs);
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
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__EMPLOYEE:
				if (resolve) return getEmployee();
				return basicGetEmployee();
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MANAGER:
				if (resolve) return getManager();
				return basicGetManager();
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__START_DATE:
				return getStartDate();
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__END_DATE:
				return getEndDate();
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__EXPIRATION_DATE:
				return getExpirationDate();
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MEETING_FREQUENCY:
				return getMeetingFrequency();
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MEETING_MINUTES:
				return getMeetingMinutes();
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MEETING_DAY:
				return getMeetingDay();
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MEETING_TIME:
				return getMeetingTime();
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__BASICS:
				return getBasics();
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__NEEDS:
				return getNeeds();
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__STEPS:
				return getSteps();
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__SUCCESS_INDICATORS:
				return getSuccessIndicators();
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
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__EMPLOYEE:
				setEmployee((Person)newValue);
				return;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MANAGER:
				setManager((Person)newValue);
				return;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__END_DATE:
				setEndDate((LocalDate)newValue);
				return;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__EXPIRATION_DATE:
				setExpirationDate((LocalDate)newValue);
				return;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MEETING_FREQUENCY:
				setMeetingFrequency((CheckInFrequency)newValue);
				return;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MEETING_MINUTES:
				setMeetingMinutes((Integer)newValue);
				return;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MEETING_DAY:
				setMeetingDay((String)newValue);
				return;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MEETING_TIME:
				setMeetingTime((String)newValue);
				return;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__BASICS:
				getBasics().clear();
				getBasics().addAll((Collection<? extends DevelopmentPlanAnswer>)newValue);
				return;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__NEEDS:
				getNeeds().clear();
				getNeeds().addAll((Collection<? extends WorkPlanNeed>)newValue);
				return;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends WorkPlanStep>)newValue);
				return;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__SUCCESS_INDICATORS:
				setSuccessIndicators((String)newValue);
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
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__EMPLOYEE:
				setEmployee((Person)null);
				return;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MANAGER:
				setManager((Person)null);
				return;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__EXPIRATION_DATE:
				setExpirationDate(EXPIRATION_DATE_EDEFAULT);
				return;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MEETING_FREQUENCY:
				setMeetingFrequency(MEETING_FREQUENCY_EDEFAULT);
				return;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MEETING_MINUTES:
				setMeetingMinutes(MEETING_MINUTES_EDEFAULT);
				return;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MEETING_DAY:
				setMeetingDay(MEETING_DAY_EDEFAULT);
				return;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MEETING_TIME:
				setMeetingTime(MEETING_TIME_EDEFAULT);
				return;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__BASICS:
				getBasics().clear();
				return;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__NEEDS:
				getNeeds().clear();
				return;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__STEPS:
				getSteps().clear();
				return;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__SUCCESS_INDICATORS:
				setSuccessIndicators(SUCCESS_INDICATORS_EDEFAULT);
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
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__EMPLOYEE:
				return employee != null;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MANAGER:
				return manager != null;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__EXPIRATION_DATE:
				return EXPIRATION_DATE_EDEFAULT == null ? expirationDate != null : !EXPIRATION_DATE_EDEFAULT.equals(expirationDate);
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MEETING_FREQUENCY:
				return meetingFrequency != MEETING_FREQUENCY_EDEFAULT;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MEETING_MINUTES:
				return meetingMinutes != MEETING_MINUTES_EDEFAULT;
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MEETING_DAY:
				return MEETING_DAY_EDEFAULT == null ? meetingDay != null : !MEETING_DAY_EDEFAULT.equals(meetingDay);
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__MEETING_TIME:
				return MEETING_TIME_EDEFAULT == null ? meetingTime != null : !MEETING_TIME_EDEFAULT.equals(meetingTime);
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__BASICS:
				return basics != null && !basics.isEmpty();
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__NEEDS:
				return needs != null && !needs.isEmpty();
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__STEPS:
				return steps != null && !steps.isEmpty();
			case PeerPlanPackage.COLLABORATIVE_WORK_PLAN__SUCCESS_INDICATORS:
				return SUCCESS_INDICATORS_EDEFAULT == null ? successIndicators != null : !SUCCESS_INDICATORS_EDEFAULT.equals(successIndicators);
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
		result.append(" (startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(", expirationDate: ");
		result.append(expirationDate);
		result.append(", meetingFrequency: ");
		result.append(meetingFrequency);
		result.append(", meetingMinutes: ");
		result.append(meetingMinutes);
		result.append(", meetingDay: ");
		result.append(meetingDay);
		result.append(", meetingTime: ");
		result.append(meetingTime);
		result.append(", successIndicators: ");
		result.append(successIndicators);
		result.append(')');
		return result.toString();
	}

} //CollaborativeWorkPlanImpl
