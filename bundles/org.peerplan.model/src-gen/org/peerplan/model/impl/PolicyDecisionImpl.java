/**
 */
package org.peerplan.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.peerplan.model.DecisionTopic;
import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.Person;
import org.peerplan.model.PolicyDecision;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Policy Decision</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.PolicyDecisionImpl#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PolicyDecisionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PolicyDecisionImpl#getPosition <em>Position</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PolicyDecisionImpl#getSafeguards <em>Safeguards</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PolicyDecisionImpl#getDecidedOn <em>Decided On</em>}</li>
 *   <li>{@link org.peerplan.model.impl.PolicyDecisionImpl#getDecidedBy <em>Decided By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PolicyDecisionImpl extends MinimalEObjectImpl.Container implements PolicyDecision {
	/**
	 * The default value of the '{@link #getTopic() <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopic()
	 * @generated
	 * @ordered
	 */
	protected static final DecisionTopic TOPIC_EDEFAULT = DecisionTopic.HIRING_SERVICE_RECIPIENTS;

	/**
	 * The cached value of the '{@link #getTopic() <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopic()
	 * @generated
	 * @ordered
	 */
	protected DecisionTopic topic = TOPIC_EDEFAULT;

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
	 * The default value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected static final String POSITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected String position = POSITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSafeguards() <em>Safeguards</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSafeguards()
	 * @generated
	 * @ordered
	 */
	protected static final String SAFEGUARDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSafeguards() <em>Safeguards</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSafeguards()
	 * @generated
	 * @ordered
	 */
	protected String safeguards = SAFEGUARDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecidedOn() <em>Decided On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DECIDED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecidedOn() <em>Decided On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate decidedOn = DECIDED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDecidedBy() <em>Decided By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedBy()
	 * @generated
	 * @ordered
	 */
	protected Person decidedBy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PolicyDecisionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.POLICY_DECISION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DecisionTopic getTopic() {
		return topic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTopic(DecisionTopic newTopic) {
		DecisionTopic oldTopic = topic;
		topic = newTopic == null ? TOPIC_EDEFAULT : newTopic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.POLICY_DECISION__TOPIC, oldTopic, topic));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.POLICY_DECISION__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPosition() {
		return position;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPosition(String newPosition) {
		String oldPosition = position;
		position = newPosition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.POLICY_DECISION__POSITION, oldPosition, position));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSafeguards() {
		return safeguards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSafeguards(String newSafeguards) {
		String oldSafeguards = safeguards;
		safeguards = newSafeguards;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.POLICY_DECISION__SAFEGUARDS, oldSafeguards, safeguards));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecidedOn(LocalDate newDecidedOn) {
		LocalDate oldDecidedOn = decidedOn;
		decidedOn = newDecidedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.POLICY_DECISION__DECIDED_ON, oldDecidedOn, decidedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getDecidedBy() {
		if (decidedBy != null && decidedBy.eIsProxy()) {
			InternalEObject oldDecidedBy = (InternalEObject)decidedBy;
			decidedBy = (Person)eResolveProxy(oldDecidedBy);
			if (decidedBy != oldDecidedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PeerPlanPackage.POLICY_DECISION__DECIDED_BY, oldDecidedBy, decidedBy));
			}
		}
		return decidedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetDecidedBy() {
		return decidedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecidedBy(Person newDecidedBy) {
		Person oldDecidedBy = decidedBy;
		decidedBy = newDecidedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.POLICY_DECISION__DECIDED_BY, oldDecidedBy, decidedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PeerPlanPackage.POLICY_DECISION__TOPIC:
				return getTopic();
			case PeerPlanPackage.POLICY_DECISION__TITLE:
				return getTitle();
			case PeerPlanPackage.POLICY_DECISION__POSITION:
				return getPosition();
			case PeerPlanPackage.POLICY_DECISION__SAFEGUARDS:
				return getSafeguards();
			case PeerPlanPackage.POLICY_DECISION__DECIDED_ON:
				return getDecidedOn();
			case PeerPlanPackage.POLICY_DECISION__DECIDED_BY:
				if (resolve) return getDecidedBy();
				return basicGetDecidedBy();
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
			case PeerPlanPackage.POLICY_DECISION__TOPIC:
				setTopic((DecisionTopic)newValue);
				return;
			case PeerPlanPackage.POLICY_DECISION__TITLE:
				setTitle((String)newValue);
				return;
			case PeerPlanPackage.POLICY_DECISION__POSITION:
				setPosition((String)newValue);
				return;
			case PeerPlanPackage.POLICY_DECISION__SAFEGUARDS:
				setSafeguards((String)newValue);
				return;
			case PeerPlanPackage.POLICY_DECISION__DECIDED_ON:
				setDecidedOn((LocalDate)newValue);
				return;
			case PeerPlanPackage.POLICY_DECISION__DECIDED_BY:
				setDecidedBy((Person)newValue);
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
			case PeerPlanPackage.POLICY_DECISION__TOPIC:
				setTopic(TOPIC_EDEFAULT);
				return;
			case PeerPlanPackage.POLICY_DECISION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case PeerPlanPackage.POLICY_DECISION__POSITION:
				setPosition(POSITION_EDEFAULT);
				return;
			case PeerPlanPackage.POLICY_DECISION__SAFEGUARDS:
				setSafeguards(SAFEGUARDS_EDEFAULT);
				return;
			case PeerPlanPackage.POLICY_DECISION__DECIDED_ON:
				setDecidedOn(DECIDED_ON_EDEFAULT);
				return;
			case PeerPlanPackage.POLICY_DECISION__DECIDED_BY:
				setDecidedBy((Person)null);
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
			case PeerPlanPackage.POLICY_DECISION__TOPIC:
				return topic != TOPIC_EDEFAULT;
			case PeerPlanPackage.POLICY_DECISION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case PeerPlanPackage.POLICY_DECISION__POSITION:
				return POSITION_EDEFAULT == null ? position != null : !POSITION_EDEFAULT.equals(position);
			case PeerPlanPackage.POLICY_DECISION__SAFEGUARDS:
				return SAFEGUARDS_EDEFAULT == null ? safeguards != null : !SAFEGUARDS_EDEFAULT.equals(safeguards);
			case PeerPlanPackage.POLICY_DECISION__DECIDED_ON:
				return DECIDED_ON_EDEFAULT == null ? decidedOn != null : !DECIDED_ON_EDEFAULT.equals(decidedOn);
			case PeerPlanPackage.POLICY_DECISION__DECIDED_BY:
				return decidedBy != null;
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
		result.append(" (topic: ");
		result.append(topic);
		result.append(", title: ");
		result.append(title);
		result.append(", position: ");
		result.append(position);
		result.append(", safeguards: ");
		result.append(safeguards);
		result.append(", decidedOn: ");
		result.append(decidedOn);
		result.append(')');
		return result.toString();
	}

} //PolicyDecisionImpl
