/**
 */
package org.peerplan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Qualification</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.Qualification#getText <em>Text</em>}</li>
 *   <li>{@link org.peerplan.model.Qualification#isRequired <em>Required</em>}</li>
 *   <li>{@link org.peerplan.model.Qualification#isLivedExperience <em>Lived Experience</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getQualification()
 * @model
 * @generated
 */
public interface Qualification extends EObject {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.peerplan.model.PeerPlanPackage#getQualification_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Qualification#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required</em>' attribute.
	 * @see #setRequired(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getQualification_Required()
	 * @model
	 * @generated
	 */
	boolean isRequired();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Qualification#isRequired <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required</em>' attribute.
	 * @see #isRequired()
	 * @generated
	 */
	void setRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Lived Experience</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lived Experience</em>' attribute.
	 * @see #setLivedExperience(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getQualification_LivedExperience()
	 * @model
	 * @generated
	 */
	boolean isLivedExperience();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Qualification#isLivedExperience <em>Lived Experience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lived Experience</em>' attribute.
	 * @see #isLivedExperience()
	 * @generated
	 */
	void setLivedExperience(boolean value);

} // Qualification
