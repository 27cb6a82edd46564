/**
 */
package org.peerplan.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Timeline</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.Timeline#getPlanStart <em>Plan Start</em>}</li>
 *   <li>{@link org.peerplan.model.Timeline#getFirstPeerStart <em>First Peer Start</em>}</li>
 *   <li>{@link org.peerplan.model.Timeline#getStages <em>Stages</em>}</li>
 *   <li>{@link org.peerplan.model.Timeline#getSpeedUps <em>Speed Ups</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getTimeline()
 * @model
 * @generated
 */
public interface Timeline extends EObject {
	/**
	 * Returns the value of the '<em><b>Plan Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plan Start</em>' attribute.
	 * @see #setPlanStart(LocalDate)
	 * @see org.peerplan.model.PeerPlanPackage#getTimeline_PlanStart()
	 * @model dataType="org.peerplan.model.LocalDate"
	 * @generated
	 */
	LocalDate getPlanStart();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Timeline#getPlanStart <em>Plan Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan Start</em>' attribute.
	 * @see #getPlanStart()
	 * @generated
	 */
	void setPlanStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>First Peer Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Peer Start</em>' attribute.
	 * @see #setFirstPeerStart(LocalDate)
	 * @see org.peerplan.model.PeerPlanPackage#getTimeline_FirstPeerStart()
	 * @model dataType="org.peerplan.model.LocalDate"
	 * @generated
	 */
	LocalDate getFirstPeerStart();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Timeline#getFirstPeerStart <em>First Peer Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Peer Start</em>' attribute.
	 * @see #getFirstPeerStart()
	 * @generated
	 */
	void setFirstPeerStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Stages</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.Stage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stages</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getTimeline_Stages()
	 * @model containment="true"
	 * @generated
	 */
	EList<Stage> getStages();

	/**
	 * Returns the value of the '<em><b>Speed Ups</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.SpeedUpChoice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Speed Ups</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getTimeline_SpeedUps()
	 * @model containment="true"
	 * @generated
	 */
	EList<SpeedUpChoice> getSpeedUps();

} // Timeline
