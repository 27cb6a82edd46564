/**
 */
package org.peerplan.model.catalog.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.peerplan.model.catalog.CatalogPackage;
import org.peerplan.model.catalog.ReadinessBandDef;

/**
 * This is the item provider adapter for a {@link org.peerplan.model.catalog.ReadinessBandDef} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ReadinessBandDefItemProvider extends CatalogItemItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReadinessBandDefItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addBandPropertyDescriptor(object);
			addMinTruePropertyDescriptor(object);
			addMaxTruePropertyDescriptor(object);
			addMinimumMonthsPropertyDescriptor(object);
			addMinimumStatedPropertyDescriptor(object);
			addRecommendationPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Band feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBandPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReadinessBandDef_band_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReadinessBandDef_band_feature", "_UI_ReadinessBandDef_type"),
				 CatalogPackage.Literals.READINESS_BAND_DEF__BAND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Min True feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMinTruePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReadinessBandDef_minTrue_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReadinessBandDef_minTrue_feature", "_UI_ReadinessBandDef_type"),
				 CatalogPackage.Literals.READINESS_BAND_DEF__MIN_TRUE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Max True feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMaxTruePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReadinessBandDef_maxTrue_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReadinessBandDef_maxTrue_feature", "_UI_ReadinessBandDef_type"),
				 CatalogPackage.Literals.READINESS_BAND_DEF__MAX_TRUE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Minimum Months feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMinimumMonthsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReadinessBandDef_minimumMonths_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReadinessBandDef_minimumMonths_feature", "_UI_ReadinessBandDef_type"),
				 CatalogPackage.Literals.READINESS_BAND_DEF__MINIMUM_MONTHS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Minimum Stated feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMinimumStatedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReadinessBandDef_minimumStated_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReadinessBandDef_minimumStated_feature", "_UI_ReadinessBandDef_type"),
				 CatalogPackage.Literals.READINESS_BAND_DEF__MINIMUM_STATED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Recommendation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRecommendationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReadinessBandDef_recommendation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReadinessBandDef_recommendation_feature", "_UI_ReadinessBandDef_type"),
				 CatalogPackage.Literals.READINESS_BAND_DEF__RECOMMENDATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns ReadinessBandDef.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ReadinessBandDef"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ReadinessBandDef)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_ReadinessBandDef_type") :
			getString("_UI_ReadinessBandDef_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(ReadinessBandDef.class)) {
			case CatalogPackage.READINESS_BAND_DEF__BAND:
			case CatalogPackage.READINESS_BAND_DEF__MIN_TRUE:
			case CatalogPackage.READINESS_BAND_DEF__MAX_TRUE:
			case CatalogPackage.READINESS_BAND_DEF__MINIMUM_MONTHS:
			case CatalogPackage.READINESS_BAND_DEF__MINIMUM_STATED:
			case CatalogPackage.READINESS_BAND_DEF__RECOMMENDATION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

}
