/**
 */
package org.peerplan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Work Plan Need</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.WorkPlanNeed#getType <em>Type</em>}</li>
 *   <li>{@link org.peerplan.model.WorkPlanNeed#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getWorkPlanNeed()
 * @model
 * @generated
 */
public interface WorkPlanNeed extends EObject {
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.WorkPlanNeedType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.peerplan.model.WorkPlanNeedType
	 * @see #setType(WorkPlanNeedType)
	 * @see org.peerplan.model.PeerPlanPackage#getWorkPlanNeed_Type()
	 * @model
	 * @generated
	 */
	WorkPlanNeedType getType();

	/**
	 * Sets the value of the '{@link org.peerplan.model.WorkPlanNeed#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.peerplan.model.WorkPlanNeedType
	 * @see #getType()
	 * @generated
	 */
	void setType(WorkPlanNeedType value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.peerplan.model.PeerPlanPackage#getWorkPlanNeed_Text()
	 * @model annotation="http://www.peerplan.org/personal-data kind='evaluation'"
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.peerplan.model.WorkPlanNeed#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // WorkPlanNeed
