/**
 */
package org.peerplan.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.Person;
import org.peerplan.model.TrainingSession;

import org.peerplan.model.catalog.ChecklistItemDef;
import org.peerplan.model.catalog.CourseDef;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Training Session</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.TrainingSessionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.peerplan.model.impl.TrainingSessionImpl#getCourse <em>Course</em>}</li>
 *   <li>{@link org.peerplan.model.impl.TrainingSessionImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.peerplan.model.impl.TrainingSessionImpl#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link org.peerplan.model.impl.TrainingSessionImpl#getAdditionalAttendees <em>Additional Attendees</em>}</li>
 *   <li>{@link org.peerplan.model.impl.TrainingSessionImpl#getCost <em>Cost</em>}</li>
 *   <li>{@link org.peerplan.model.impl.TrainingSessionImpl#getCovers <em>Covers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainingSessionImpl extends MinimalEObjectImpl.Container implements TrainingSession {
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
	 * The cached value of the '{@link #getCourse() <em>Course</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCourse()
	 * @generated
	 * @ordered
	 */
	protected CourseDef course;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAttendees() <em>Attendees</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendees()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> attendees;

	/**
	 * The default value of the '{@link #getAdditionalAttendees() <em>Additional Attendees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdditionalAttendees()
	 * @generated
	 * @ordered
	 */
	protected static final int ADDITIONAL_ATTENDEES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAdditionalAttendees() <em>Additional Attendees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdditionalAttendees()
	 * @generated
	 * @ordered
	 */
	protected int additionalAttendees = ADDITIONAL_ATTENDEES_EDEFAULT;

	/**
	 * The default value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal COST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal cost = COST_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCovers() <em>Covers</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCovers()
	 * @generated
	 * @ordered
	 */
	protected EList<ChecklistItemDef> covers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrainingSessionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.TRAINING_SESSION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.TRAINING_SESSION__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CourseDef getCourse() {
		if (course != null && course.eIsProxy()) {
			InternalEObject oldCourse = (InternalEObject)course;
			course = (CourseDef)eResolveProxy(oldCourse);
			if (course != oldCourse) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PeerPlanPackage.TRAINING_SESSION__COURSE, oldCourse, course));
			}
		}
		return course;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CourseDef basicGetCourse() {
		return course;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCourse(CourseDef newCourse) {
		CourseDef oldCourse = course;
		course = newCourse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.TRAINING_SESSION__COURSE, oldCourse, course));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.TRAINING_SESSION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getAttendees() {
		if (attendees == null) {
			attendees = new EObjectResolvingEList<Person>(Person.class, this, PeerPlanPackage.TRAINING_SESSION__ATTENDEES);
		}
		return attendees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAdditionalAttendees() {
		return additionalAttendees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdditionalAttendees(int newAdditionalAttendees) {
		int oldAdditionalAttendees = additionalAttendees;
		additionalAttendees = newAdditionalAttendees;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.TRAINING_SESSION__ADDITIONAL_ATTENDEES, oldAdditionalAttendees, additionalAttendees));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getCost() {
		return cost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCost(BigDecimal newCost) {
		BigDecimal oldCost = cost;
		cost = newCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.TRAINING_SESSION__COST, oldCost, cost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChecklistItemDef> getCovers() {
		if (covers == null) {
			covers = new EObjectResolvingEList<ChecklistItemDef>(ChecklistItemDef.class, this, PeerPlanPackage.TRAINING_SESSION__COVERS);
		}
		return covers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PeerPlanPackage.TRAINING_SESSION__TITLE:
				return getTitle();
			case PeerPlanPackage.TRAINING_SESSION__COURSE:
				if (resolve) return getCourse();
				return basicGetCourse();
			case PeerPlanPackage.TRAINING_SESSION__DATE:
				return getDate();
			case PeerPlanPackage.TRAINING_SESSION__ATTENDEES:
				return getAttendees();
			case PeerPlanPackage.TRAINING_SESSION__ADDITIONAL_ATTENDEES:
				return getAdditionalAttendees();
			case PeerPlanPackage.TRAINING_SESSION__COST:
				return getCost();
			case PeerPlanPackage.TRAINING_SESSION__COVERS:
				return getCovers();
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
			case PeerPlanPackage.TRAINING_SESSION__TITLE:
				setTitle((String)newValue);
				return;
			case PeerPlanPackage.TRAINING_SESSION__COURSE:
				setCourse((CourseDef)newValue);
				return;
			case PeerPlanPackage.TRAINING_SESSION__DATE:
				setDate((LocalDate)newValue);
				return;
			case PeerPlanPackage.TRAINING_SESSION__ATTENDEES:
				getAttendees().clear();
				getAttendees().addAll((Collection<? extends Person>)newValue);
				return;
			case PeerPlanPackage.TRAINING_SESSION__ADDITIONAL_ATTENDEES:
				setAdditionalAttendees((Integer)newValue);
				return;
			case PeerPlanPackage.TRAINING_SESSION__COST:
				setCost((BigDecimal)newValue);
				return;
			case PeerPlanPackage.TRAINING_SESSION__COVERS:
				getCovers().clear();
				getCovers().addAll((Collection<? extends ChecklistItemDef>)newValue);
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
			case PeerPlanPackage.TRAINING_SESSION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case PeerPlanPackage.TRAINING_SESSION__COURSE:
				setCourse((CourseDef)null);
				return;
			case PeerPlanPackage.TRAINING_SESSION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case PeerPlanPackage.TRAINING_SESSION__ATTENDEES:
				getAttendees().clear();
				return;
			case PeerPlanPackage.TRAINING_SESSION__ADDITIONAL_ATTENDEES:
				setAdditionalAttendees(ADDITIONAL_ATTENDEES_EDEFAULT);
				return;
			case PeerPlanPackage.TRAINING_SESSION__COST:
				setCost(COST_EDEFAULT);
				return;
			case PeerPlanPackage.TRAINING_SESSION__COVERS:
				getCovers().clear();
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
			case PeerPlanPackage.TRAINING_SESSION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case PeerPlanPackage.TRAINING_SESSION__COURSE:
				return course != null;
			case PeerPlanPackage.TRAINING_SESSION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case PeerPlanPackage.TRAINING_SESSION__ATTENDEES:
				return attendees != null && !attendees.isEmpty();
			case PeerPlanPackage.TRAINING_SESSION__ADDITIONAL_ATTENDEES:
				return additionalAttendees != ADDITIONAL_ATTENDEES_EDEFAULT;
			case PeerPlanPackage.TRAINING_SESSION__COST:
				return COST_EDEFAULT == null ? cost != null : !COST_EDEFAULT.equals(cost);
			case PeerPlanPackage.TRAINING_SESSION__COVERS:
				return covers != null && !covers.isEmpty();
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
		result.append(", date: ");
		result.append(date);
		result.append(", additionalAttendees: ");
		result.append(additionalAttendees);
		result.append(", cost: ");
		result.append(cost);
		result.append(')');
		return result.toString();
	}

} //TrainingSessionImpl
