/**
 */
package org.peerplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.peerplan.model.InterviewQuestion;
import org.peerplan.model.InterviewQuestionBank;
import org.peerplan.model.PeerPlanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interview Question</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.impl.InterviewQuestionImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.peerplan.model.impl.InterviewQuestionImpl#getBank <em>Bank</em>}</li>
 *   <li>{@link org.peerplan.model.impl.InterviewQuestionImpl#getLookFor <em>Look For</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterviewQuestionImpl extends MinimalEObjectImpl.Container implements InterviewQuestion {
	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBank() <em>Bank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBank()
	 * @generated
	 * @ordered
	 */
	protected static final InterviewQuestionBank BANK_EDEFAULT = InterviewQuestionBank.LIVED_EXPERIENCE;

	/**
	 * The cached value of the '{@link #getBank() <em>Bank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBank()
	 * @generated
	 * @ordered
	 */
	protected InterviewQuestionBank bank = BANK_EDEFAULT;

	/**
	 * The default value of the '{@link #getLookFor() <em>Look For</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLookFor()
	 * @generated
	 * @ordered
	 */
	protected static final String LOOK_FOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLookFor() <em>Look For</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLookFor()
	 * @generated
	 * @ordered
	 */
	protected String lookFor = LOOK_FOR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InterviewQuestionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PeerPlanPackage.Literals.INTERVIEW_QUESTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.INTERVIEW_QUESTION__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterviewQuestionBank getBank() {
		return bank;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBank(InterviewQuestionBank newBank) {
		InterviewQuestionBank oldBank = bank;
		bank = newBank == null ? BANK_EDEFAULT : newBank;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.INTERVIEW_QUESTION__BANK, oldBank, bank));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLookFor() {
		return lookFor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLookFor(String newLookFor) {
		String oldLookFor = lookFor;
		lookFor = newLookFor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PeerPlanPackage.INTERVIEW_QUESTION__LOOK_FOR, oldLookFor, lookFor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PeerPlanPackage.INTERVIEW_QUESTION__TEXT:
				return getText();
			case PeerPlanPackage.INTERVIEW_QUESTION__BANK:
				return getBank();
			case PeerPlanPackage.INTERVIEW_QUESTION__LOOK_FOR:
				return getLookFor();
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
			case PeerPlanPackage.INTERVIEW_QUESTION__TEXT:
				setText((String)newValue);
				return;
			case PeerPlanPackage.INTERVIEW_QUESTION__BANK:
				setBank((InterviewQuestionBank)newValue);
				return;
			case PeerPlanPackage.INTERVIEW_QUESTION__LOOK_FOR:
				setLookFor((String)newValue);
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
			case PeerPlanPackage.INTERVIEW_QUESTION__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case PeerPlanPackage.INTERVIEW_QUESTION__BANK:
				setBank(BANK_EDEFAULT);
				return;
			case PeerPlanPackage.INTERVIEW_QUESTION__LOOK_FOR:
				setLookFor(LOOK_FOR_EDEFAULT);
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
			case PeerPlanPackage.INTERVIEW_QUESTION__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case PeerPlanPackage.INTERVIEW_QUESTION__BANK:
				return bank != BANK_EDEFAULT;
			case PeerPlanPackage.INTERVIEW_QUESTION__LOOK_FOR:
				return LOOK_FOR_EDEFAULT == null ? lookFor != null : !LOOK_FOR_EDEFAULT.equals(lookFor);
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
		result.append(" (text: ");
		result.append(text);
		result.append(", bank: ");
		result.append(bank);
		result.append(", lookFor: ");
		result.append(lookFor);
		result.append(')');
		return result.toString();
	}

} //InterviewQuestionImpl
