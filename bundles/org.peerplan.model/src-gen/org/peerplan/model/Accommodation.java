/**
 */
package org.peerplan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Accommodation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.Accommodation#getEmployee <em>Employee</em>}</li>
 *   <li>{@link org.peerplan.model.Accommodation#getDescription <em>Description</em>}</li>
 *   <li>{@link org.peerplan.model.Accommodation#isLowersExpectations <em>Lowers Expectations</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getAccommodation()
 * @model
 * @generated
 */
public interface Accommodation extends EObject {
	/**
	 * Returns the value of the '<em><b>Employee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Employee</em>' reference.
	 * @see #setEmployee(Person)
	 * @see org.peerplan.model.PeerPlanPackage#getAccommodation_Employee()
	 * @model required="true"
	 * @generated
	 */
	Person getEmployee();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Accommodation#getEmployee <em>Employee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Employee</em>' reference.
	 * @see #getEmployee()
	 * @generated
	 */
	void setEmployee(Person value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.peerplan.model.PeerPlanPackage#getAccommodation_Description()
	 * @model annotation="http://www.peerplan.org/personal-data kind='health'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Accommodation#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Lowers Expectations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lowers Expectations</em>' attribute.
	 * @see #setLowersExpectations(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getAccommodation_LowersExpectations()
	 * @model annotation="http://www.peerplan.org/personal-data kind='health'"
	 * @generated
	 */
	boolean isLowersExpectations();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Accommodation#isLowersExpectations <em>Lowers Expectations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lowers Expectations</em>' attribute.
	 * @see #isLowersExpectations()
	 * @generated
	 */
	void setLowersExpectations(boolean value);

} // Accommodation
