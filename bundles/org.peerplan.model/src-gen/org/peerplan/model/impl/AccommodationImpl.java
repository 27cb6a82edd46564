/**
 */
package org.peerplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.peerplan.model.Accommodation;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.Person;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Accommodation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.AccommodationImpl#getEmployee <em>Employee</em>}</li>
 *   <li>{@link org.peerplan.model.impl.AccommodationImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.peerplan.model.impl.AccommodationImpl#isLowersExpectations <em>Lowers Expectations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AccommodationImpl extends MinimalEObjectImpl.Container implements Accommodation {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #isLowersExpectations() <em>Lowers Expectations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLowersExpectations()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LOWERS_EXPECTATIONS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLowersExpectations() <em>Lowers Expectations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLowersExpectations()
	 * @generated
	 * @ordered
	 */
	protected boolean lowersExpectations = LOWERS_EXPECTATIONS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AccommodationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.ACCOMMODATION;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PeerPlanPackage.ACCOMMODATION__EMPLOYEE, oldEmployee, employee));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.ACCOMMODATION__EMPLOYEE, oldEmployee, employee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.ACCOMMODATION__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLowersExpectations() {
		return lowersExpectations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLowersExpectations(boolean newLowersExpectations) {
		boolean oldLowersExpectations = lowersExpectations;
		lowersExpectations = newLowersExpectations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.ACCOMMODATION__LOWERS_EXPECTATIONS, oldLowersExpectations, lowersExpectations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PeerPlanPackage.ACCOMMODATION__EMPLOYEE:
				if (resolve) return getEmployee();
				return basicGetEmployee();
			case PeerPlanPackage.ACCOMMODATION__DESCRIPTION:
				return getDescription();
			case PeerPlanPackage.ACCOMMODATION__LOWERS_EXPECTATIONS:
				return isLowersExpectations();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PeerPlanPackage.ACCOMMODATION__EMPLOYEE:
				setEmployee((Person)newValue);
				return;
			case PeerPlanPackage.ACCOMMODATION__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case PeerPlanPackage.ACCOMMODATION__LOWERS_EXPECTATIONS:
				setLowersExpectations((Boolean)newValue);
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
			case PeerPlanPackage.ACCOMMODATION__EMPLOYEE:
				setEmployee((Person)null);
				return;
			case PeerPlanPackage.ACCOMMODATION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case PeerPlanPackage.ACCOMMODATION__LOWERS_EXPECTATIONS:
				setLowersExpectations(LOWERS_EXPECTATIONS_EDEFAULT);
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
			case PeerPlanPackage.ACCOMMODATION__EMPLOYEE:
				return employee != null;
			case PeerPlanPackage.ACCOMMODATION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case PeerPlanPackage.ACCOMMODATION__LOWERS_EXPECTATIONS:
				return lowersExpectations != LOWERS_EXPECTATIONS_EDEFAULT;
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
		result.append(" (description: ");
		result.append(description);
		result.append(", lowersExpectations: ");
		result.append(lowersExpectations);
		result.append(')');
		return result.toString();
	}

} //AccommodationImpl
