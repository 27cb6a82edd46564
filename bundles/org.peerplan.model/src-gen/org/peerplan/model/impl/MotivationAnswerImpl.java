/**
 */
package org.peerplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.peerplan.model.MotivationAnswer;
import org.peerplan.model.PeerPlanPackage;

import org.peerplan.model.catalog.MotivationQuestionDef;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Motivation Answer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.MotivationAnswerImpl#getQuestion <em>Question</em>}</li>
 *   <li>{@link org.peerplan.model.impl.MotivationAnswerImpl#getAnswer <em>Answer</em>}</li>
 *   <li>{@link org.peerplan.model.impl.MotivationAnswerImpl#isStruggled <em>Struggled</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MotivationAnswerImpl extends MinimalEObjectImpl.Container implements MotivationAnswer {
	/**
	 * The cached value of the '{@link #getQuestion() <em>Question</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestion()
	 * @generated
	 * @ordered
	 */
	protected MotivationQuestionDef question;

	/**
	 * The default value of the '{@link #getAnswer() <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswer()
	 * @generated
	 * @ordered
	 */
	protected static final String ANSWER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnswer() <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswer()
	 * @generated
	 * @ordered
	 */
	protected String answer = ANSWER_EDEFAULT;

	/**
	 * The default value of the '{@link #isStruggled() <em>Struggled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isStruggled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean STRUGGLED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isStruggled() <em>Struggled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isStruggled()
	 * @generated
	 * @ordered
	 */
	protected boolean struggled = STRUGGLED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MotivationAnswerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.MOTIVATION_ANSWER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MotivationQuestionDef getQuestion() {
		if (question != null && question.eIsProxy()) {
			InternalEObject oldQuestion = (InternalEObject)question;
			question = (MotivationQuestionDef)eResolveProxy(oldQuestion);
			if (question != oldQuestion) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PeerPlanPackage.MOTIVATION_ANSWER__QUESTION, oldQuestion, question));
			}
		}
		return question;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MotivationQuestionDef basicGetQuestion() {
		return question;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuestion(MotivationQuestionDef newQuestion) {
		MotivationQuestionDef oldQuestion = question;
		question = newQuestion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.MOTIVATION_ANSWER__QUESTION, oldQuestion, question));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnswer() {
		return answer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnswer(String newAnswer) {
		String oldAnswer = answer;
		answer = newAnswer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.MOTIVATION_ANSWER__ANSWER, oldAnswer, answer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isStruggled() {
		return struggled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStruggled(boolean newStruggled) {
		boolean oldStruggled = struggled;
		struggled = newStruggled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.MOTIVATION_ANSWER__STRUGGLED, oldStruggled, struggled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PeerPlanPackage.MOTIVATION_ANSWER__QUESTION:
				if (resolve) return getQuestion();
				return basicGetQuestion();
			case PeerPlanPackage.MOTIVATION_ANSWER__ANSWER:
				return getAnswer();
			case PeerPlanPackage.MOTIVATION_ANSWER__STRUGGLED:
				return isStruggled();
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
			case PeerPlanPackage.MOTIVATION_ANSWER__QUESTION:
				setQuestion((MotivationQuestionDef)newValue);
				return;
			case PeerPlanPackage.MOTIVATION_ANSWER__ANSWER:
				setAnswer((String)newValue);
				return;
			case PeerPlanPackage.MOTIVATION_ANSWER__STRUGGLED:
				setStruggled((Boolean)newValue);
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
			case PeerPlanPackage.MOTIVATION_ANSWER__QUESTION:
				setQuestion((MotivationQuestionDef)null);
				return;
			case PeerPlanPackage.MOTIVATION_ANSWER__ANSWER:
				setAnswer(ANSWER_EDEFAULT);
				return;
			case PeerPlanPackage.MOTIVATION_ANSWER__STRUGGLED:
				setStruggled(STRUGGLED_EDEFAULT);
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
			case PeerPlanPackage.MOTIVATION_ANSWER__QUESTION:
				return question != null;
			case PeerPlanPackage.MOTIVATION_ANSWER__ANSWER:
				return ANSWER_EDEFAULT == null ? answer != null : !ANSWER_EDEFAULT.equals(answer);
			case PeerPlanPackage.MOTIVATION_ANSWER__STRUGGLED:
				return struggled != STRUGGLED_EDEFAULT;
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
		result.append(" (answer: ");
		result.append(answer);
		result.append(", struggled: ");
		result.append(struggled);
		result.append(')');
		return result.toString();
	}

} //MotivationAnswerImpl
