/**
 */
package org.peerplan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interview Question</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.InterviewQuestion#getText <em>Text</em>}</li>
 *   <li>{@link org.peerplan.model.InterviewQuestion#getBank <em>Bank</em>}</li>
 *   <li>{@link org.peerplan.model.InterviewQuestion#getLookFor <em>Look For</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getInterviewQuestion()
 * @model
 * @generated
 */
public interface InterviewQuestion extends EObject {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.peerplan.model.PeerPlanPackage#getInterviewQuestion_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.peerplan.model.InterviewQuestion#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Bank</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.InterviewQuestionBank}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bank</em>' attribute.
	 * @see org.peerplan.model.InterviewQuestionBank
	 * @see #setBank(InterviewQuestionBank)
	 * @see org.peerplan.model.PeerPlanPackage#getInterviewQuestion_Bank()
	 * @model
	 * @generated
	 */
	InterviewQuestionBank getBank();

	/**
	 * Sets the value of the '{@link org.peerplan.model.InterviewQuestion#getBank <em>Bank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bank</em>' attribute.
	 * @see org.peerplan.model.InterviewQuestionBank
	 * @see #getBank()
	 * @generated
	 */
	void setBank(InterviewQuestionBank value);

	/**
	 * Returns the value of the '<em><b>Look For</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Look For</em>' attribute.
	 * @see #setLookFor(String)
	 * @see org.peerplan.model.PeerPlanPackage#getInterviewQuestion_LookFor()
	 * @model
	 * @generated
	 */
	String getLookFor();

	/**
	 * Sets the value of the '{@link org.peerplan.model.InterviewQuestion#getLookFor <em>Look For</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Look For</em>' attribute.
	 * @see #getLookFor()
	 * @generated
	 */
	void setLookFor(String value);

} // InterviewQuestion
