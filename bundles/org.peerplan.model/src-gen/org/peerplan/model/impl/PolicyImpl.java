/**
 */
package org.peerplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.Policy;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.PolicyImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PolicyImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PolicyImpl#isPeerRolesOnly <em>Peer Roles Only</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PolicyImpl#isFlexible <em>Flexible</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PolicyImpl extends MinimalEObjectImpl.Container implements Policy {
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
	 * The default value of the '{@link #isPeerRolesOnly() <em>Peer Roles Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPeerRolesOnly()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PEER_ROLES_ONLY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPeerRolesOnly() <em>Peer Roles Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPeerRolesOnly()
	 * @generated
	 * @ordered
	 */
	protected boolean peerRolesOnly = PEER_ROLES_ONLY_EDEFAULT;

	/**
	 * The default value of the '{@link #isFlexible() <em>Flexible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFlexible()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FLEXIBLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFlexible() <em>Flexible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFlexible()
	 * @generated
	 * @ordered
	 */
	protected boolean flexible = FLEXIBLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.POLICY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.POLICY__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.POLICY__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPeerRolesOnly() {
		return peerRolesOnly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeerRolesOnly(boolean newPeerRolesOnly) {
		boolean oldPeerRolesOnly = peerRolesOnly;
		peerRolesOnly = newPeerRolesOnly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.POLICY__PEER_ROLES_ONLY, oldPeerRolesOnly, peerRolesOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFlexible() {
		return flexible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlexible(boolean newFlexible) {
		boolean oldFlexible = flexible;
		flexible = newFlexible;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.POLICY__FLEXIBLE, oldFlexible, flexible));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PeerPlanPackage.POLICY__NAME:
				return getName();
			case PeerPlanPackage.POLICY__DESCRIPTION:
				return getDescription();
			case PeerPlanPackage.POLICY__PEER_ROLES_ONLY:
				return isPeerRolesOnly();
			case PeerPlanPackage.POLICY__FLEXIBLE:
				return isFlexible();
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
			case PeerPlanPackage.POLICY__NAME:
				setName((String)newValue);
				return;
			case PeerPlanPackage.POLICY__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case PeerPlanPackage.POLICY__PEER_ROLES_ONLY:
				setPeerRolesOnly((Boolean)newValue);
				return;
			case PeerPlanPackage.POLICY__FLEXIBLE:
				setFlexible((Boolean)newValue);
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
			case PeerPlanPackage.POLICY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PeerPlanPackage.POLICY__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case PeerPlanPackage.POLICY__PEER_ROLES_ONLY:
				setPeerRolesOnly(PEER_ROLES_ONLY_EDEFAULT);
				return;
			case PeerPlanPackage.POLICY__FLEXIBLE:
				setFlexible(FLEXIBLE_EDEFAULT);
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
			case PeerPlanPackage.POLICY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PeerPlanPackage.POLICY__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case PeerPlanPackage.POLICY__PEER_ROLES_ONLY:
				return peerRolesOnly != PEER_ROLES_ONLY_EDEFAULT;
			case PeerPlanPackage.POLICY__FLEXIBLE:
				return flexible != FLEXIBLE_EDEFAULT;
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
		result.append(", description: ");
		result.append(description);
		result.append(", peerRolesOnly: ");
		result.append(peerRolesOnly);
		result.append(", flexible: ");
		result.append(flexible);
		result.append(')');
		return result.toString();
	}

} //PolicyImpl
