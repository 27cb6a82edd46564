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

import org.peerplan.model.CategoryComment;
import org.peerplan.model.EvaluationEntry;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.PeerRole;
import org.peerplan.model.PerformanceEvaluation;
import org.peerplan.model.Person;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Performance Evaluation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.PerformanceEvaluationImpl#getEmployee <em>Employee</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PerformanceEvaluationImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PerformanceEvaluationImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PerformanceEvaluationImpl#getRatings <em>Ratings</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PerformanceEvaluationImpl#getComments <em>Comments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PerformanceEvaluationImpl extends MinimalEObjectImpl.Container implements PerformanceEvaluation {
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
	 * The cached value of the '{@link #getRole() <em>Role</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected PeerRole role;

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
	 * The cached value of the '{@link #getRatings() <em>Ratings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatings()
	 * @generated
	 * @ordered
	 */
	protected EList<EvaluationEntry> ratings;

	/**
	 * The cached value of the '{@link #getComments() <em>Comments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComments()
	 * @generated
	 * @ordered
	 */
	protected EList<CategoryComment> comments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PerformanceEvaluationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.PERFORMANCE_EVALUATION;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PeerPlanPackage.PERFORMANCE_EVALUATION__EMPLOYEE, oldEmployee, employee));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PERFORMANCE_EVALUATION__EMPLOYEE, oldEmployee, employee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PeerRole getRole() {
		if (role != null && role.eIsProxy()) {
			InternalEObject oldRole = (InternalEObject)role;
			role = (PeerRole)eResolveProxy(oldRole);
			if (role != oldRole) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PeerPlanPackage.PERFORMANCE_EVALUATION__ROLE, oldRole, role));
			}
		}
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PeerRole basicGetRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(PeerRole newRole) {
		PeerRole oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PERFORMANCE_EVALUATION__ROLE, oldRole, role));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PERFORMANCE_EVALUATION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvaluationEntry> getRatings() {
		if (ratings == null) {
			ratings = new EObjectContainmentEList<EvaluationEntry>(EvaluationEntry.class, this, PeerPlanPackage.PERFORMANCE_EVALUATION__RATINGS);
		}
		return ratings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CategoryComment> getComments() {
		if (comments == null) {
			comments = new EObjectContainmentEList<CategoryComment>(CategoryComment.class, this, PeerPlanPackage.PERFORMANCE_EVALUATION__COMMENTS);
		}
		return comments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PeerPlanPackage.PERFORMANCE_EVALUATION__RATINGS:
				return ((InternalEList<?>)getRatings()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.PERFORMANCE_EVALUATION__COMMENTS:
				return ((InternalEList<?>)getComments()).basicRemove(otherEnd, msgs);
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
			case PeerPlanPackage.PERFORMANCE_EVALUATION__EMPLOYEE:
				if (resolve) return getEmployee();
				return basicGetEmployee();
			case PeerPlanPackage.PERFORMANCE_EVALUATION__ROLE:
				if (resolve) return getRole();
				return basicGetRole();
			case PeerPlanPackage.PERFORMANCE_EVALUATION__DATE:
				return getDate();
			case PeerPlanPackage.PERFORMANCE_EVALUATION__RATINGS:
				return getRatings();
			case PeerPlanPackage.PERFORMANCE_EVALUATION__COMMENTS:
				return getComments();
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
			case PeerPlanPackage.PERFORMANCE_EVALUATION__EMPLOYEE:
				setEmployee((Person)newValue);
				return;
			case PeerPlanPackage.PERFORMANCE_EVALUATION__ROLE:
				setRole((PeerRole)newValue);
				return;
			case PeerPlanPackage.PERFORMANCE_EVALUATION__DATE:
				setDate((LocalDate)newValue);
				return;
			case PeerPlanPackage.PERFORMANCE_EVALUATION__RATINGS:
				getRatings().clear();
				getRatings().addAll((Collection<? extends EvaluationEntry>)newValue);
				return;
			case PeerPlanPackage.PERFORMANCE_EVALUATION__COMMENTS:
				getComments().clear();
				getComments().addAll((Collection<? extends CategoryComment>)newValue);
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
			case PeerPlanPackage.PERFORMANCE_EVALUATION__EMPLOYEE:
				setEmployee((Person)null);
				return;
			case PeerPlanPackage.PERFORMANCE_EVALUATION__ROLE:
				setRole((PeerRole)null);
				return;
			case PeerPlanPackage.PERFORMANCE_EVALUATION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case PeerPlanPackage.PERFORMANCE_EVALUATION__RATINGS:
				getRatings().clear();
				return;
			case PeerPlanPackage.PERFORMANCE_EVALUATION__COMMENTS:
				getComments().clear();
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
			case PeerPlanPackage.PERFORMANCE_EVALUATION__EMPLOYEE:
				return employee != null;
			case PeerPlanPackage.PERFORMANCE_EVALUATION__ROLE:
				return role != null;
			case PeerPlanPackage.PERFORMANCE_EVALUATION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case PeerPlanPackage.PERFORMANCE_EVALUATION__RATINGS:
				return ratings != null && !ratings.isEmpty();
			case PeerPlanPackage.PERFORMANCE_EVALUATION__COMMENTS:
				return comments != null && !comments.isEmpty();
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
		result.append(" (date: ");
		result.append(date);
		result.append(')');
		return result.toString();
	}

} //PerformanceEvaluationImpl
