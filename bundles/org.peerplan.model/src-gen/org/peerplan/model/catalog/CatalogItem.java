/**
 */
package org.peerplan.model.catalog;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Any catalog entry: a stable code such as TQ-3 or COMP-07, its text in the catalog's own words, and its citation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.catalog.CatalogItem#getCode <em>Code</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.CatalogItem#getName <em>Name</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.CatalogItem#getText <em>Text</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.CatalogItem#getCitation <em>Citation</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.catalog.CatalogPackage#getCatalogItem()
 * @model abstract="true"
 * @generated
 */
public interface CatalogItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.peerplan.model.catalog.CatalogPackage#getCatalogItem_Code()
	 * @model id="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.CatalogItem#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.peerplan.model.catalog.CatalogPackage#getCatalogItem_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.CatalogItem#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.peerplan.model.catalog.CatalogPackage#getCatalogItem_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.CatalogItem#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Citation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Citation</em>' containment reference.
	 * @see #setCitation(Citation)
	 * @see org.peerplan.model.catalog.CatalogPackage#getCatalogItem_Citation()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Citation getCitation();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.CatalogItem#getCitation <em>Citation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Citation</em>' containment reference.
	 * @see #getCitation()
	 * @generated
	 */
	void setCitation(Citation value);

} // CatalogItem
