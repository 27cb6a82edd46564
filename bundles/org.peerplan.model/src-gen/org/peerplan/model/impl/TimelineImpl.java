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

import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.SpeedUpChoice;
import org.peerplan.model.Stage;
import org.peerplan.model.Timeline;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Timeline</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.TimelineImpl#getPlanStart <em>Plan Start</em>}</li>
 *   <li>{@link org.peerplan.model.impl.TimelineImpl#getFirstPeerStart <em>First Peer Start</em>}</li>
 *   <li>{@link org.peerplan.model.impl.TimelineImpl#getStages <em>Stages</em>}</li>
 *   <li>{@link org.peerplan.model.impl.TimelineImpl#getSpeedUps <em>Speed Ups</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TimelineImpl extends MinimalEObjectImpl.Container implements Timeline {
	/**
	 * The default value of the '{@link #getPlanStart() <em>Plan Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PLAN_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlanStart() <em>Plan Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate planStart = PLAN_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstPeerStart() <em>First Peer Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstPeerStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FIRST_PEER_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirstPeerStart() <em>First Peer Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstPeerStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate firstPeerStart = FIRST_PEER_START_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStages() <em>Stages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStages()
	 * @generated
	 * @ordered
	 */
	protected EList<Stage> stages;

	/**
	 * The cached value of the '{@link #getSpeedUps() <em>Speed Ups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpeedUps()
	 * @generated
	 * @ordered
	 */
	protected EList<SpeedUpChoice> speedUps;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TimelineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.TIMELINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPlanStart() {
		return planStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlanStart(LocalDate newPlanStart) {
		LocalDate oldPlanStart = planStart;
		planStart = newPlanStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.TIMELINE__PLAN_START, oldPlanStart, planStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFirstPeerStart() {
		return firstPeerStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstPeerStart(LocalDate newFirstPeerStart) {
		LocalDate oldFirstPeerStart = firstPeerStart;
		firstPeerStart = newFirstPeerStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.TIMELINE__FIRST_PEER_START, oldFirstPeerStart, firstPeerStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Stage> getStages() {
		if (stages == null) {
			stages = new EObjectContainmentEList<Stage>(Stage.class, this, PeerPlanPackage.TIMELINE__STAGES);
		}
		return stages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SpeedUpChoice> getSpeedUps() {
		if (speedUps == null) {
			speedUps = new EObjectContainmentEList<SpeedUpChoice>(SpeedUpChoice.class, this, PeerPlanPackage.TIMELINE__SPEED_UPS);
		}
		return speedUps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PeerPlanPackage.TIMELINE__STAGES:
				return ((InternalEList<?>)getStages()).basicRemove(otherEnd, msgs);
			case PeerPlanPackage.TIMELINE__SPEED_UPS:
				return ((InternalEList<?>)getSpeedUps()).basicRemove(otherEnd, msgs);
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
			case PeerPlanPackage.TIMELINE__PLAN_START:
				return getPlanStart();
			case PeerPlanPackage.TIMELINE__FIRST_PEER_START:
				return getFirstPeerStart();
			case PeerPlanPackage.TIMELINE__STAGES:
				return getStages();
			case PeerPlanPackage.TIMELINE__SPEED_UPS:
				return getSpeedUps();
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
			case PeerPlanPackage.TIMELINE__PLAN_START:
				setPlanStart((LocalDate)newValue);
				return;
			case PeerPlanPackage.TIMELINE__FIRST_PEER_START:
				setFirstPeerStart((LocalDate)newValue);
				return;
			case PeerPlanPackage.TIMELINE__STAGES:
				getStages().clear();
				getStages().addAll((Collection<? extends Stage>)newValue);
				return;
			case PeerPlanPackage.TIMELINE__SPEED_UPS:
				getSpeedUps().clear();
				getSpeedUps().addAll((Collection<? extends SpeedUpChoice>)newValue);
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
			case PeerPlanPackage.TIMELINE__PLAN_START:
				setPlanStart(PLAN_START_EDEFAULT);
				return;
			case PeerPlanPackage.TIMELINE__FIRST_PEER_START:
				setFirstPeerStart(FIRST_PEER_START_EDEFAULT);
				return;
			case PeerPlanPackage.TIMELINE__STAGES:
				getStages().clear();
				return;
			case PeerPlanPackage.TIMELINE__SPEED_UPS:
				getSpeedUps().clear();
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
			case PeerPlanPackage.TIMELINE__PLAN_START:
				return PLAN_START_EDEFAULT == null ? planStart != null : !PLAN_START_EDEFAULT.equals(planStart);
			case PeerPlanPackage.TIMELINE__FIRST_PEER_START:
				return FIRST_PEER_START_EDEFAULT == null ? firstPeerStart != null : !FIRST_PEER_START_EDEFAULT.equals(firstPeerStart);
			case PeerPlanPackage.TIMELINE__STAGES:
				return stages != null && !stages.isEmpty();
			case PeerPlanPackage.TIMELINE__SPEED_UPS:
				return speedUps != null && !speedUps.isEmpty();
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
		result.append(" (planStart: ");
		result.append(planStart);
		result.append(", firstPeerStart: ");
		result.append(firstPeerStart);
		result.append(')');
		return result.toString();
	}

} //TimelineImpl
