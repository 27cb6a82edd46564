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

import org.peerplan.model.PeerPlanPackage;
import org.peerplan.model.SurveyAnswer;
import org.peerplan.model.SurveyResponse;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Survey Response</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.SurveyResponseImpl#getRespondent <em>Respondent</em>}</li>
 *   <li>{@link org.peerplan.model.impl.SurveyResponseImpl#getAnswers <em>Answers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SurveyResponseImpl extends MinimalEObjectImpl.Container implements SurveyResponse {
	/**
	 * The default value of the '{@link #getRespondent() <em>Respondent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondent()
	 * @generated
	 * @ordered
	 */
	protected static final String RESPONDENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRespondent() <em>Respondent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondent()
	 * @generated
	 * @ordered
	 */
	protected String respondent = RESPONDENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnswers() <em>Answers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswers()
	 * @generated
	 * @ordered
	 */
	protected EList<SurveyAnswer> answers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SurveyResponseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.SURVEY_RESPONSE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRespondent() {
		return respondent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRespondent(String newRespondent) {
		String oldRespondent = respondent;
		respondent = newRespondent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.SURVEY_RESPONSE__RESPONDENT, oldRespondent, respondent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SurveyAnswer> getAnswers() {
		if (answers == null) {
			answers = new EObjectContainmentEList<SurveyAnswer>(SurveyAnswer.class, this, PeerPlanPackage.SURVEY_RESPONSE__ANSWERS);
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
			case PeerPlanPackage.SURVEY_RESPONSE__ANSWERS:
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
			case PeerPlanPackage.SURVEY_RESPONSE__RESPONDENT:
				return getRespondent();
			case PeerPlanPackage.SURVEY_RESPONSE__ANSWERS:
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
			case PeerPlanPackage.SURVEY_RESPONSE__RESPONDENT:
				setRespondent((String)newValue);
				return;
			case PeerPlanPackage.SURVEY_RESPONSE__ANSWERS:
				getAnswers().clear();
				getAnswers().addAll((Collection<? extends SurveyAnswer>)newValue);
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
			case PeerPlanPackage.SURVEY_RESPONSE__RESPONDENT:
				setRespondent(RESPONDENT_EDEFAULT);
				return;
			case PeerPlanPackage.SURVEY_RESPONSE__ANSWERS:
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
			case PeerPlanPackage.SURVEY_RESPONSE__RESPONDENT:
				return RESPONDENT_EDEFAULT == null ? respondent != null : !RESPONDENT_EDEFAULT.equals(respondent);
			case PeerPlanPackage.SURVEY_RESPONSE__ANSWERS:
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
		result.append(" (respondent: ");
		result.append(respondent);
		result.append(')');
		return result.toString();
	}

} //SurveyResponseImpl
