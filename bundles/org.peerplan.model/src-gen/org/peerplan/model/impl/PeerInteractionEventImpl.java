/**
 */
package org.peerplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.peerplan.model.EventFrequency;
import org.peerplan.model.PeerInteractionEvent;
import org.peerplan.model.PeerPlanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Peer Interaction Event</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.PeerInteractionEventImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerInteractionEventImpl#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PeerInteractionEventImpl#isFacilitatedByPeer <em>Facilitated By Peer</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PeerInteractionEventImpl extends MinimalEObjectImpl.Container implements PeerInteractionEvent {
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
	 * The default value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected static final EventFrequency FREQUENCY_EDEFAULT = EventFrequency.DAILY;

	/**
	 * The cached value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected EventFrequency frequency = FREQUENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #isFacilitatedByPeer() <em>Facilitated By Peer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFacilitatedByPeer()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FACILITATED_BY_PEER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFacilitatedByPeer() <em>Facilitated By Peer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFacilitatedByPeer()
	 * @generated
	 * @ordered
	 */
	protected boolean facilitatedByPeer = FACILITATED_BY_PEER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PeerInteractionEventImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.PEER_INTERACTION_EVENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_INTERACTION_EVENT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EventFrequency getFrequency() {
		return frequency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrequency(EventFrequency newFrequency) {
		EventFrequency oldFrequency = frequency;
		frequency = newFrequency == null ? FREQUENCY_EDEFAULT : newFrequency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_INTERACTION_EVENT__FREQUENCY, oldFrequency, frequency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFacilitatedByPeer() {
		return facilitatedByPeer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFacilitatedByPeer(boolean newFacilitatedByPeer) {
		boolean oldFacilitatedByPeer = facilitatedByPeer;
		facilitatedByPeer = newFacilitatedByPeer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.PEER_INTERACTION_EVENT__FACILITATED_BY_PEER, oldFacilitatedByPeer, facilitatedByPeer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PeerPlanPackage.PEER_INTERACTION_EVENT__NAME:
				return getName();
			case PeerPlanPackage.PEER_INTERACTION_EVENT__FREQUENCY:
				return getFrequency();
			case PeerPlanPackage.PEER_INTERACTION_EVENT__FACILITATED_BY_PEER:
				return isFacilitatedByPeer();
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
			case PeerPlanPackage.PEER_INTERACTION_EVENT__NAME:
				setName((String)newValue);
				return;
			case PeerPlanPackage.PEER_INTERACTION_EVENT__FREQUENCY:
				setFrequency((EventFrequency)newValue);
				return;
			case PeerPlanPackage.PEER_INTERACTION_EVENT__FACILITATED_BY_PEER:
				setFacilitatedByPeer((Boolean)newValue);
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
			case PeerPlanPackage.PEER_INTERACTION_EVENT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PeerPlanPackage.PEER_INTERACTION_EVENT__FREQUENCY:
				setFrequency(FREQUENCY_EDEFAULT);
				return;
			case PeerPlanPackage.PEER_INTERACTION_EVENT__FACILITATED_BY_PEER:
				setFacilitatedByPeer(FACILITATED_BY_PEER_EDEFAULT);
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
			case PeerPlanPackage.PEER_INTERACTION_EVENT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PeerPlanPackage.PEER_INTERACTION_EVENT__FREQUENCY:
				return frequency != FREQUENCY_EDEFAULT;
			case PeerPlanPackage.PEER_INTERACTION_EVENT__FACILITATED_BY_PEER:
				return facilitatedByPeer != FACILITATED_BY_PEER_EDEFAULT;
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
		result.append(", frequency: ");
		result.append(frequency);
		result.append(", facilitatedByPeer: ");
		result.append(facilitatedByPeer);
		result.append(')');
		return result.toString();
	}

} //PeerInteractionEventImpl
