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
import org.peerplan.model.Person;
import org.peerplan.model.QuizAnswer;
import org.peerplan.model.Respondent;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Respondent</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.RespondentImpl#getPerson <em>Person</em>}</li>
 *   <li>{@link org.peerplan.model.impl.RespondentImpl#getAnsweredOn <em>Answered On</em>}</li>
 *   <li>{@link org.peerplan.model.impl.RespondentImpl#getAnswers <em>Answers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RespondentImpl extends MinimalEObjectImpl.Container implements Respondent {
	/**
	 * The cached value of the '{@link #getPerson() <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerson()
	 * @generated
	 * @ordered
	 */
	protected Person person;

	/**
	 * The default value of the '{@link #getAnsweredOn() <em>Answered On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnsweredOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ANSWERED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnsweredOn() <em>Answered On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnsweredOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate answeredOn = ANSWERED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnswers() <em>Answers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswers()
	 * @generated
	 * @ordered
	 */
	protected EList<QuizAnswer> answers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RespondentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.RESPONDENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getPerson() {
		if (person != null && person.eIsProxy()) {
			InternalEObject oldPerson = (InternalEObject)person;
			person = (Person)eResolveProxy(oldPerson);
			if (person != oldPerson) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PeerPlanPackage.RESPONDENT__PERSON, oldPerson, person));
			}
		}
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetPerson() {
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerson(Person newPerson) {
		Person oldPerson = person;
		person = newPerson;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.RESPONDENT__PERSON, oldPerson, person));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAnsweredOn() {
		return answeredOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnsweredOn(LocalDate newAnsweredOn) {
		LocalDate oldAnsweredOn = answeredOn;
		answeredOn = newAnsweredOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.RESPONDENT__ANSWERED_ON, oldAnsweredOn, answeredOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<QuizAnswer> getAnswers() {
		if (answers == null) {
			answers = new EObjectContainmentEList<QuizAnswer>(QuizAnswer.class, this, PeerPlanPackage.RESPONDENT__ANSWERS);
		}
		return answers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PeerPlanPackage.RESPONDENT__ANSWERS:
				return ((InternalEList<?>)getAnswers()).basicRemove(otherEnd, msgs);
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
			case PeerPlanPackage.RESPONDENT__PERSON:
				if (resolve) return getPerson();
				return basicGetPerson();
			case PeerPlanPackage.RESPONDENT__ANSWERED_ON:
				return getAnsweredOn();
			case PeerPlanPackage.RESPONDENT__ANSWERS:
				return getAnswers();
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
			case PeerPlanPackage.RESPONDENT__PERSON:
				setPerson((Person)newValue);
				return;
			case PeerPlanPackage.RESPONDENT__ANSWERED_ON:
				setAnsweredOn((LocalDate)newValue);
				return;
			case PeerPlanPackage.RESPONDENT__ANSWERS:
				getAnswers().clear();
				getAnswers().addAll((Collection<? extends QuizAnswer>)newValue);
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
			case PeerPlanPackage.RESPONDENT__PERSON:
				setPerson((Person)null);
				return;
			case PeerPlanPackage.RESPONDENT__ANSWERED_ON:
				setAnsweredOn(ANSWERED_ON_EDEFAULT);
				return;
			case PeerPlanPackage.RESPONDENT__ANSWERS:
				getAnswers().clear();
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
			case PeerPlanPackage.RESPONDENT__PERSON:
				return person != null;
			case PeerPlanPackage.RESPONDENT__ANSWERED_ON:
				return ANSWERED_ON_EDEFAULT == null ? answeredOn != null : !ANSWERED_ON_EDEFAULT.equals(answeredOn);
			case PeerPlanPackage.RESPONDENT__ANSWERS:
				return answers != null && !answers.isEmpty();
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
		result.append(" (answeredOn: ");
		result.append(answeredOn);
		result.append(')');
		return result.toString();
	}

} //RespondentImpl
