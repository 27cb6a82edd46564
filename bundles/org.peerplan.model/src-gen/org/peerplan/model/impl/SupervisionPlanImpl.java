/**
 */
package org.peerplan.model.impl;

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
import org.peerplan.model.PeerInteractionEvent;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.SupervisionPlan;
import org.peerplan.model.SupportProvision;
import org.peerplan.model.WellbeingPractice;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Supervision Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.SupervisionPlanImpl#getNonPeerCheckIns <em>Non Peer Check Ins</em>}</li>
 *   <li>{@link org.peerplan.model.impl.SupervisionPlanImpl#getPeerInteraction <em>Peer Interaction</em>}</li>
 *   <li>{@link org.peerplan.model.impl.SupervisionPlanImpl#getSupportProvisions <em>Support Provisions</em>}</li>
 *   <li>{@link org.peerplan.model.impl.SupervisionPlanImpl#getWellbeingPractices <em>Wellbeing Practices</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SupervisionPlanImpl extends MinimalEObjectImpl.Container implements SupervisionPlan {
	/**
	 * The default value of the '{@link #getNonPeerCheckIns() <em>Non Peer Check Ins</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNonPeerCheckIns()
	 * @generated
	 * @ordered
	 */
	protected static final CheckInFrequency NON_PEER_CHECK_INS_EDEFAULT = CheckInFrequency.NONE;

	/**
	 * The cached value of the '{@link #getNonPeerCheckIns() <em>Non Peer Check Ins</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNonPeerCheckIns()
	 * @generated
	 * @ordered
	 */
	protected CheckInFrequency nonPeerCheckIns = NON_PEER_CHECK_INS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPeerInteraction() <em>Peer Interaction</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeerInteraction()
	 * @generated
	 * @ordered
	 */
	protected EList<PeerInteractionEvent> peerInteraction;

	/**
	 * The cached value of the '{@link #getSupportProvisions() <em>Support Provisions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportProvisions()
	 * @generated
	 * @ordered
	 */
	protected EList<SupportProvision> supportProvisions;

	/**
	 * The cached value of the '{@link #getWellbeingPractices() <em>Wellbeing Practices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWellbeingPractices()
	 * @generated
	 * @ordered
	 */
	protected EList<WellbeingPractice> wellbeingPractices;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SupervisionPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.SUPERVISION_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CheckInFrequency getNonPeerCheckIns() {
		return nonPeerCheckIns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNonPeerCheckIns(CheckInFrequency newNonPeerCheckIns) {
		CheckInFrequency oldNonPeerCheckIns = nonPeerCheckIns;
		nonPeerCheckIns = newNonPeerCheckIns == null ? NON_PEER_CHECK_INS_EDEFAULT : newNonPeerCheckIns;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.SUPERVISION_PLAN__NON_PEER_CHECK_INS, oldNonPeerCheckIns, nonPeerCheckIns));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PeerInteractionEvent> getPeerInteraction() {
		if (peerInteraction == null) {
			peerInteraction = new EObjectContainmentEList<PeerInteractionEvent>(PeerInteractionEvent.class, this, PeerPlanPackage.SUPERVISION_PLAN__PEER_INTERACTION);
		}
		return peerInteraction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SupportProvision> getSupportProvisions() {
		if (supportProvisions == null) {
			supportProvisions = new EObjectContainmentEList<SupportProvision>(SupportProvision.class, this, PeerPlanPackage.SUPERVISION_PLAN__SUPPORT_PROVISIONS);
		}
		return supportProvisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WellbeingPractice> getWellbeingPractices() {
		if (wellbeingPractices == null) {
			wellbeingPractices = new EObjectContainmentEList<WellbeingPractice>(WellbeingPractice.class, this, PeerPlanPackage.SUPERVISION_PLAN__WELLBEING_PRACTICES);
		}
		return wellbeingPractices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PeerPlanPackage.SUPERVISION_PLAN__PEER_INTERACTION:
				return ((InternalEList<?>)getPeerInteraction()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.SUPERVISION_PLAN__SUPPORT_PROVISIONS:
				return ((InternalEList<?>)getSupportProvisions()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.SUPERVISION_PLAN__WELLBEING_PRACTICES:
				return ((InternalEList<?>)getWellbeingPractices()).basicRemove(otherEnd, msgs);
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
			case PeerPlanPackage.SUPERVISION_PLAN__NON_PEER_CHECK_INS:
				return getNonPeerCheckIns();
			case PeerPlanPackage.SUPERVISION_PLAN__PEER_INTERACTION:
				return getPeerInteraction();
			case PeerPlanPackage.SUPERVISION_PLAN__SUPPORT_PROVISIONS:
				return getSupportProvisions();
			case PeerPlanPackage.SUPERVISION_PLAN__WELLBEING_PRACTICES:
				return getWellbeingPractices();
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
			case PeerPlanPackage.SUPERVISION_PLAN__NON_PEER_CHECK_INS:
				setNonPeerCheckIns((CheckInFrequency)newValue);
				return;
			case PeerPlanPackage.SUPERVISION_PLAN__PEER_INTERACTION:
				getPeerInteraction().clear();
				getPeerInteraction().addAll((Collection<? extends PeerInteractionEvent>)newValue);
				return;
			case PeerPlanPackage.SUPERVISION_PLAN__SUPPORT_PROVISIONS:
				getSupportProvisions().clear();
				getSupportProvisions().addAll((Collection<? extends SupportProvision>)newValue);
				return;
			case PeerPlanPackage.SUPERVISION_PLAN__WELLBEING_PRACTICES:
				getWellbeingPractices().clear();
				getWellbeingPractices().addAll((Collection<? extends WellbeingPractice>)newValue);
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
			case PeerPlanPackage.SUPERVISION_PLAN__NON_PEER_CHECK_INS:
				setNonPeerCheckIns(NON_PEER_CHECK_INS_EDEFAULT);
				return;
			case PeerPlanPackage.SUPERVISION_PLAN__PEER_INTERACTION:
				getPeerInteraction().clear();
				return;
			case PeerPlanPackage.SUPERVISION_PLAN__SUPPORT_PROVISIONS:
				getSupportProvisions().clear();
				return;
			case PeerPlanPackage.SUPERVISION_PLAN__WELLBEING_PRACTICES:
				getWellbeingPractices().clear();
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
			case PeerPlanPackage.SUPERVISION_PLAN__NON_PEER_CHECK_INS:
				return nonPeerCheckIns != NON_PEER_CHECK_INS_EDEFAULT;
			case PeerPlanPackage.SUPERVISION_PLAN__PEER_INTERACTION:
				return peerInteraction != null && !peerInteraction.isEmpty();
			case PeerPlanPackage.SUPERVISION_PLAN__SUPPORT_PROVISIONS:
				return supportProvisions != null && !supportProvisions.isEmpty();
			case PeerPlanPackage.SUPERVISION_PLAN__WELLBEING_PRACTICES:
				return wellbeingPractices != null && !wellbeingPractices.isEmpty();
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
		result.append(" (nonPeerCheckIns: ");
		result.append(nonPeerCheckIns);
		result.append(')');
		return result.toString();
	}

} //SupervisionPlanImpl
