/**
 */
package org.peerplan.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.peerplan.model.AdvisoryBoard;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.Person;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Advisory Board</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.AdvisoryBoardImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.peerplan.model.impl.AdvisoryBoardImpl#getServiceUserMembers <em>Service User Members</em>}</li>
 *   <li>{@link org.peerplan.model.impl.AdvisoryBoardImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link org.peerplan.model.impl.AdvisoryBoardImpl#getEstablished <em>Established</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AdvisoryBoardImpl extends MinimalEObjectImpl.Container implements AdvisoryBoard {
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
	 * The default value of the '{@link #getServiceUserMembers() <em>Service User Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceUserMembers()
	 * @generated
	 * @ordered
	 */
	protected static final int SERVICE_USER_MEMBERS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getServiceUserMembers() <em>Service User Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceUserMembers()
	 * @generated
	 * @ordered
	 */
	protected int serviceUserMembers = SERVICE_USER_MEMBERS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> members;

	/**
	 * The default value of the '{@link #getEstablished() <em>Established</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstablished()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ESTABLISHED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEstablished() <em>Established</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstablished()
	 * @generated
	 * @ordered
	 */
	protected LocalDate established = ESTABLISHED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AdvisoryBoardImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.ADVISORY_BOARD;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.ADVISORY_BOARD__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getServiceUserMembers() {
		return serviceUserMembers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceUserMembers(int newServiceUserMembers) {
		int oldServiceUserMembers = serviceUserMembers;
		serviceUserMembers = newServiceUserMembers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.ADVISORY_BOARD__SERVICE_USER_MEMBERS, oldServiceUserMembers, serviceUserMembers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getMembers() {
		if (members == null) {
			members = new EObjectResolvingEList<Person>(Person.class, this, PeerPlanPackage.ADVISORY_BOARD__MEMBERS);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEstablished() {
		return established;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEstablished(LocalDate newEstablished) {
		LocalDate oldEstablished = established;
		established = newEstablished;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.ADVISORY_BOARD__ESTABLISHED, oldEstablished, established));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PeerPlanPackage.ADVISORY_BOARD__NAME:
				return getName();
			case PeerPlanPackage.ADVISORY_BOARD__SERVICE_USER_MEMBERS:
				return getServiceUserMembers();
			case PeerPlanPackage.ADVISORY_BOARD__MEMBERS:
				return getMembers();
			case PeerPlanPackage.ADVISORY_BOARD__ESTABLISHED:
				return getEstablished();
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
			case PeerPlanPackage.ADVISORY_BOARD__NAME:
				setName((String)newValue);
				return;
			case PeerPlanPackage.ADVISORY_BOARD__SERVICE_USER_MEMBERS:
				setServiceUserMembers((Integer)newValue);
				return;
			case PeerPlanPackage.ADVISORY_BOARD__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends Person>)newValue);
				return;
			case PeerPlanPackage.ADVISORY_BOARD__ESTABLISHED:
				setEstablished((LocalDate)newValue);
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
			case PeerPlanPackage.ADVISORY_BOARD__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PeerPlanPackage.ADVISORY_BOARD__SERVICE_USER_MEMBERS:
				setServiceUserMembers(SERVICE_USER_MEMBERS_EDEFAULT);
				return;
			case PeerPlanPackage.ADVISORY_BOARD__MEMBERS:
				getMembers().clear();
				return;
			case PeerPlanPackage.ADVISORY_BOARD__ESTABLISHED:
				setEstablished(ESTABLISHED_EDEFAULT);
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
			case PeerPlanPackage.ADVISORY_BOARD__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PeerPlanPackage.ADVISORY_BOARD__SERVICE_USER_MEMBERS:
				return serviceUserMembers != SERVICE_USER_MEMBERS_EDEFAULT;
			case PeerPlanPackage.ADVISORY_BOARD__MEMBERS:
				return members != null && !members.isEmpty();
			case PeerPlanPackage.ADVISORY_BOARD__ESTABLISHED:
				return ESTABLISHED_EDEFAULT == null ? established != null : !ESTABLISHED_EDEFAULT.equals(established);
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
		result.append(", serviceUserMembers: ");
		result.append(serviceUserMembers);
		result.append(", established: ");
		result.append(established);
		result.append(')');
		return result.toString();
	}

} //AdvisoryBoardImpl
