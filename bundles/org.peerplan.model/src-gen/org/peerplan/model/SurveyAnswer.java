/**
 */
package org.peerplan.model;

import org.eclipse.emf.ecore.EObject;

import org.peerplan.model.catalog.SurveyItemDef;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Survey Answer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.SurveyAnswer#getItem <em>Item</em>}</li>
 *   <li>{@link org.peerplan.model.SurveyAnswer#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getSurveyAnswer()
 * @model
 * @generated
 */
public interface SurveyAnswer extends EObject {
	/**
	 * Returns the value of the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item</em>' reference.
	 * @see #setItem(SurveyItemDef)
	 * @see org.peerplan.model.PeerPlanPackage#getSurveyAnswer_Item()
	 * @model required="true"
	 * @generated
	 */
	SurveyItemDef getItem();

	/**
	 * Sets the value of the '{@link org.peerplan.model.SurveyAnswer#getItem <em>Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' reference.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(SurveyItemDef value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.LikertAgreement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see org.peerplan.model.LikertAgreement
	 * @see #setValue(LikertAgreement)
	 * @see org.peerplan.model.PeerPlanPackage#getSurveyAnswer_Value()
	 * @model
	 * @generated
	 */
	LikertAgreement getValue();

	/**
	 * Sets the value of the '{@link org.peerplan.model.SurveyAnswer#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see org.peerplan.model.LikertAgreement
	 * @see #getValue()
	 * @generated
	 */
	void setValue(LikertAgreement value);

} // SurveyAnswer
