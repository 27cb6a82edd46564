/**
 */
package org.peerplan.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Policy Decision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.PolicyDecision#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.peerplan.model.PolicyDecision#getTitle <em>Title</em>}</li>
 *   <li>{@link org.peerplan.model.PolicyDecision#getPosition <em>Position</em>}</li>
 *   <li>{@link org.peerplan.model.PolicyDecision#getSafeguards <em>Safeguards</em>}</li>
 *   <li>{@link org.peerplan.model.PolicyDecision#getDecidedOn <em>Decided On</em>}</li>
 *   <li>{@link org.peerplan.model.PolicyDecision#getDecidedBy <em>Decided By</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getPolicyDecision()
 * @model
 * @generated
 */
public interface PolicyDecision extends EObject {
	/**
	 * Returns the value of the '<em><b>Topic</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.DecisionTopic}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topic</em>' attribute.
	 * @see org.peerplan.model.DecisionTopic
	 * @see #setTopic(DecisionTopic)
	 * @see org.peerplan.model.PeerPlanPackage#getPolicyDecision_Topic()
	 * @model
	 * @generated
	 */
	DecisionTopic getTopic();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PolicyDecision#getTopic <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topic</em>' attribute.
	 * @see org.peerplan.model.DecisionTopic
	 * @see #getTopic()
	 * @generated
	 */
	void setTopic(DecisionTopic value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.peerplan.model.PeerPlanPackage#getPolicyDecision_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PolicyDecision#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Position</em>' attribute.
	 * @see #setPosition(String)
	 * @see org.peerplan.model.PeerPlanPackage#getPolicyDecision_Position()
	 * @model
	 * @generated
	 */
	String getPosition();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PolicyDecision#getPosition <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Position</em>' attribute.
	 * @see #getPosition()
	 * @generated
	 */
	void setPosition(String value);

	/**
	 * Returns the value of the '<em><b>Safeguards</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Safeguards</em>' attribute.
	 * @see #setSafeguards(String)
	 * @see org.peerplan.model.PeerPlanPackage#getPolicyDecision_Safeguards()
	 * @model
	 * @generated
	 */
	String getSafeguards();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PolicyDecision#getSafeguards <em>Safeguards</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Safeguards</em>' attribute.
	 * @see #getSafeguards()
	 * @generated
	 */
	void setSafeguards(String value);

	/**
	 * Returns the value of the '<em><b>Decided On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided On</em>' attribute.
	 * @see #setDecidedOn(LocalDate)
	 * @see org.peerplan.model.PeerPlanPackage#getPolicyDecision_DecidedOn()
	 * @model dataType="org.peerplan.model.LocalDate"
	 * @generated
	 */
	LocalDate getDecidedOn();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PolicyDecision#getDecidedOn <em>Decided On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided On</em>' attribute.
	 * @see #getDecidedOn()
	 * @generated
	 */
	void setDecidedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Decided By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided By</em>' reference.
	 * @see #setDecidedBy(Person)
	 * @see org.peerplan.model.PeerPlanPackage#getPolicyDecision_DecidedBy()
	 * @model
	 * @generated
	 */
	Person getDecidedBy();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PolicyDecision#getDecidedBy <em>Decided By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided By</em>' reference.
	 * @see #getDecidedBy()
	 * @generated
	 */
	void setDecidedBy(Person value);

} // PolicyDecision
